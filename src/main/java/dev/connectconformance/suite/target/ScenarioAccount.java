package dev.connectconformance.suite.target;

import dev.connectconformance.account.AccountClients;
import software.amazon.awssdk.services.connect.ConnectClient;

/** One account as the suite sees it: its id and its clients, Connect per region and Service Quotas. */
public final class ScenarioAccount implements AutoCloseable {

    private final String accountId;
    private final AccountClients clients;
    private final boolean closesClients;

    public ScenarioAccount(String accountId, AccountClients clients, boolean closesClients) {
        this.accountId = accountId;
        this.clients = clients;
        this.closesClients = closesClients;
    }

    public String accountId() {
        return accountId;
    }

    public ConnectClient in(String region) {
        return clients.connect(region);
    }

    /** The account's clients as readiness reads through them. */
    public AccountClients clients() {
        return clients;
    }

    /** Closes the clients unless they are shared by the whole run. */
    @Override
    public void close() {
        if (closesClients) {
            clients.close();
        }
    }
}
