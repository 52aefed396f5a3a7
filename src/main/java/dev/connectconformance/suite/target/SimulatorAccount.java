package dev.connectconformance.suite.target;

import dev.connectconformance.readiness.RegionalClients;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.net.URI;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/** One account of a simulator: Connect and Service Quotas clients per region, whose access key id is the account. */
public final class SimulatorAccount extends RegionalClients {

    private final URI endpoint;
    private final String accountId;

    public SimulatorAccount(URI endpoint, String accountId) {
        this.endpoint = endpoint;
        this.accountId = accountId;
    }

    @Override
    protected ConnectClient newConnectClient(String region) {
        return SimulatorClients.connect(endpoint, region, accountId);
    }

    @Override
    protected ServiceQuotasClient newServiceQuotasClient(String region) {
        return SimulatorClients.serviceQuotas(endpoint, region, accountId);
    }

    @Override
    public String credentialsName() {
        return "simulator account " + accountId;
    }
}
