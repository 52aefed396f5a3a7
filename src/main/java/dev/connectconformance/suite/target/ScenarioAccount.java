package dev.connectconformance.suite.target;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.services.connect.ConnectClient;

/** One account as the suite sees it: its id and one Connect client per region, built on first use. */
public final class ScenarioAccount implements AutoCloseable {

    private final String accountId;
    private final Function<String, ConnectClient> clientFactory;
    private final boolean closesClients;
    private final Map<String, ConnectClient> clients = new ConcurrentHashMap<>();

    public ScenarioAccount(String accountId, Function<String, ConnectClient> clientFactory, boolean closesClients) {
        this.accountId = accountId;
        this.clientFactory = clientFactory;
        this.closesClients = closesClients;
    }

    public String accountId() {
        return accountId;
    }

    public ConnectClient in(String region) {
        return clients.computeIfAbsent(region, clientFactory);
    }

    /** Closes the clients unless they are shared by the whole run. */
    @Override
    public void close() {
        if (closesClients) {
            clients.values().forEach(ConnectClient::close);
            clients.clear();
        }
    }
}
