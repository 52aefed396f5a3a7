package dev.connectconformance.support;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.ConnectClientBuilder;

/**
 * The one way tests build Connect clients. Against a simulator: endpoint override, a region (which the
 * simulator reads from the SigV4 scope) and static credentials whose 12-digit key id selects the account.
 * Against a real account: the standard SDK configuration, with a named profile when one is given.
 */
public final class ConnectClientFactory {

    /** Any secret works: the simulator does not verify signatures. */
    private static final String FAKE_SECRET = "simulator-does-not-check-this-secret";

    private ConnectClientFactory() {
    }

    public static ConnectClient forSimulator(URI endpoint, String region, String accountId) {
        return ConnectClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accountId, FAKE_SECRET)))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    /**
     * A client for a real account: credentials, and any endpoint override (AWS_ENDPOINT_URL_CONNECT,
     * endpoint_url), come from the named profile or, without one, from the SDK's default chain.
     */
    public static ConnectClient forAws(String region, Optional<String> profile) {
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
