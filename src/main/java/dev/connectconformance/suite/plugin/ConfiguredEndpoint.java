package dev.connectconformance.suite.plugin;

import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * Whether the suite's Connect clients talk to AWS's own endpoint or to one the SDK configuration overrides
 * (AWS_ENDPOINT_URL_CONNECT, AWS_ENDPOINT_URL, their system properties, a profile's endpoint_url): asked of a client
 * built the way the aws target builds them, so the SDK's own rules decide. Building a client resolves no
 * credentials and sends nothing.
 */
final class ConfiguredEndpoint {

    private ConfiguredEndpoint() {
    }

    static boolean overridden(Optional<String> profile, String region) {
        try (ConnectClient client = ConnectClient.builder().region(Region.of(region))
                .overrideConfiguration(o -> profile.ifPresent(o::defaultProfileName)).build()) {
            return client.serviceClientConfiguration().endpointOverride().isPresent();
        }
    }
}
