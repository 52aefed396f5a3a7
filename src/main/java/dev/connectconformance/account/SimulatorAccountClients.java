package dev.connectconformance.account;

import dev.connectconformance.simulator.client.SimulatorClients;
import java.net.URI;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * One account of a simulator (the suite's account of a scenario, the twin, or a simulator acting as the account in
 * tests): Connect and Service Quotas clients per region, whose 12-digit access key id is the account; the simulator
 * checks no secret.
 */
public final class SimulatorAccountClients extends RegionalClients {

    private final URI endpoint;
    private final String accountId;
    private final boolean sdkRetries;

    private SimulatorAccountClients(URI endpoint, String accountId, boolean sdkRetries) {
        this.endpoint = endpoint;
        this.accountId = accountId;
        this.sdkRetries = sdkRetries;
    }

    /** With the SDK's standard retries, as an AWS client has them. */
    public static SimulatorAccountClients withSdkRetries(URI endpoint, String accountId) {
        return new SimulatorAccountClients(endpoint, accountId, true);
    }

    /**
     * With the SDK's retries off, for the migration executor: it retries through its pause, so a throttled call on
     * the twin moves the simulator's clock instead of sleeping.
     */
    public static SimulatorAccountClients withoutRetries(URI endpoint, String accountId) {
        return new SimulatorAccountClients(endpoint, accountId, false);
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
                .overrideConfiguration(c -> retries(c, sdkRetries))
                .build();
    }
}
