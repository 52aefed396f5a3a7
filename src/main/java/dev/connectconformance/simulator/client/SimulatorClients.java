package dev.connectconformance.simulator.client;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * Connect and Service Quotas clients for a simulator: endpoint override, a region (which the simulator reads from
 * the SigV4 scope) and static credentials whose 12-digit access key id selects the account.
 */
public final class SimulatorClients {

    /** Any secret works: a simulator checks signatures only against keys it was given (--credentials). */
    private static final String ANY_SECRET = "simulator-does-not-check-this-secret";

    private SimulatorClients() {
    }

    public static ConnectClient connect(URI endpoint, String region, String accountId) {
        return pointedAtSimulator(ConnectClient.builder(), endpoint, region, accountId);
    }

    /** Service Quotas on the same port: the simulator answers the quotas of service code {@code connect}. */
    public static ServiceQuotasClient serviceQuotas(URI endpoint, String region, String accountId) {
        return pointedAtSimulator(ServiceQuotasClient.builder(), endpoint, region, accountId);
    }

    private static <B extends AwsClientBuilder<B, C>, C> C pointedAtSimulator(B builder, URI endpoint, String region,
                                                                             String accountId) {
        return pointing(builder, endpoint, region, accountId)
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    /**
     * Any SDK client builder pointed at a simulator's account, for a client configured further (its retries, for
     * example) before it is built.
     */
    public static <B extends AwsClientBuilder<B, C>, C> B pointing(B builder, URI endpoint, String region,
                                                                   String accountId) {
        return builder.endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, ANY_SECRET)));
    }
}
