package dev.connectconformance.migration;

import dev.connectconformance.readiness.RegionalClients;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.net.URI;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * One account of a simulator (the twin, or a simulator acting as the account in tests), with the SDK's retries
 * off: the executor retries through its pause, so a throttled call on the twin moves the simulator's clock
 * instead of sleeping. The 12-digit access key id is the account; the simulator checks no secret.
 */
public final class SimulatorAccountClients extends RegionalClients {

    private final URI endpoint;
    private final String accountId;

    public SimulatorAccountClients(URI endpoint, String accountId) {
        this.endpoint = endpoint;
        this.accountId = accountId;
    }

    @Override
    protected ConnectClient newConnectClient(String region) {
        return configured(ConnectClient.builder(), region);
    }

    @Override
    protected ServiceQuotasClient newServiceQuotasClient(String region) {
        return configured(ServiceQuotasClient.builder(), region);
    }

    @Override
    public String credentialsName() {
        return "simulator account " + accountId;
    }

    private <B extends AwsClientBuilder<B, C>, C> C configured(B builder, String region) {
        return SimulatorClients.pointing(builder, endpoint, region, accountId)
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
