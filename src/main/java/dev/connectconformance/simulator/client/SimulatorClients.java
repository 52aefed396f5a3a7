package dev.connectconformance.simulator.client;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * Connect clients for a simulator: endpoint override, a region (which the simulator reads from the SigV4 scope)
 * and static credentials whose 12-digit access key id selects the account.
 */
public final class SimulatorClients {

    /** Any secret works: the simulator does not verify signatures. */
    private static final String ANY_SECRET = "simulator-does-not-check-this-secret";

    private SimulatorClients() {
    }

    public static ConnectClient connect(URI endpoint, String region, String accountId) {
        return ConnectClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, ANY_SECRET)))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .build();
    }
}
