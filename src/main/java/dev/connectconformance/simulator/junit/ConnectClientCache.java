package dev.connectconformance.simulator.junit;

import dev.connectconformance.simulator.client.SimulatorClients;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.connect.ConnectClient;

/** One Connect client per region and account for a running simulator, closed together when it stops. */
final class ConnectClientCache implements AutoCloseable {

    private record Key(String region, String accountId) {
    }

    private final URI endpoint;
    private final Map<Key, ConnectClient> clients = new ConcurrentHashMap<>();

    ConnectClientCache(URI endpoint) {
        this.endpoint = endpoint;
    }

    ConnectClient get(String region, String accountId) {
        return clients.computeIfAbsent(new Key(region, accountId),
                key -> SimulatorClients.connect(endpoint, key.region(), key.accountId()));
    }

    @Override
    public void close() {
        clients.values().forEach(ConnectClient::close);
        clients.clear();
    }
}
