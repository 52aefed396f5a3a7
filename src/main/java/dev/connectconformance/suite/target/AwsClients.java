package dev.connectconformance.suite.target;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.ConnectClientBuilder;

/**
 * Connect clients for a real account: credentials, and any endpoint override (AWS_ENDPOINT_URL_CONNECT,
 * endpoint_url), come from the named profile or, without one, from the SDK's default chain.
 */
public final class AwsClients {

    private AwsClients() {
    }

    public static ConnectClient connect(String region, Optional<String> profile) {
        ConnectClientBuilder builder = ConnectClient.builder().region(Region.of(region))
                .overrideConfiguration(c -> {
                    c.retryStrategy(RetryMode.STANDARD);
                    profile.ifPresent(c::defaultProfileName);
                });
        profile.ifPresent(name -> builder.credentialsProvider(
                ProfileCredentialsProvider.builder().profileName(name).build()));
        return builder.build();
    }
}
