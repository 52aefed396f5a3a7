package dev.connectconformance.benchmark;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorClients;
import dev.connectconformance.simulator.protocol.ConnectApiFilter;
import dev.connectconformance.simulator.server.SimulatorHttpServerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * What the simulator's edge costs: one simulated world served twice, by the simulator as it ships (the edge in
 * front of WireMock, 64 request threads, latency answered asynchronously) and by a WireMock server without the
 * edge (25 threads, as before the hardening), under the same closed-loop load in alternating slices, so that load
 * from elsewhere on the machine falls on both alike. Not a test:
 * {@code mvn -B -Pbenchmark test-compile exec:exec -Dbenchmark.main=dev.connectconformance.benchmark.EdgeCostBenchmark}
 */
public final class EdgeCostBenchmark {

    private static final String ACCOUNT = "111122223333";
    private static final int[] CLIENTS = {1, 8, 32};
    private static final Duration MEASURE = Duration.ofMillis(Long.getLong("benchmark.measureMillis", 3000));
    private static final Duration WARM_UP = Duration.ofMillis(Long.getLong("benchmark.warmUpMillis", 1000));
    private static final int SLICES = 6;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final LoadRunner runner = new LoadRunner(http);
    private final String authorization = RawConnectHttp.authorization(ACCOUNT, "us-east-1");

    private record Operation(String name, Function<URI, LoadRunner.RequestSource> source) {
    }

    public static void main(String[] args) {
        new EdgeCostBenchmark().run();
    }

    private void run() {
        SimulatorSettings settings = SimulatorSettings.defaults().withSettleDelay(Duration.ZERO)
                .withPhoneNumberQuota(1_000_000);
        try (ConnectSimulator simulator = ConnectSimulator.start(settings)) {
            WireMockServer bare = new WireMockServer(options().port(0).bindAddress("127.0.0.1")
                    .disableRequestJournal().stubRequestLoggingDisabled(true).notifier(new ConsoleNotifier(false))
                    .extensions(SimulatorHttpServerFactory.forUserServer(),
                            ConnectApiFilter.answeringEveryRequest(simulator.simulatedConnect().dispatcher())));
            bare.start();
            try {
                System.out.println(table(operations(simulator), simulator.endpoint(),
                        URI.create("http://127.0.0.1:" + bare.port())));
            } finally {
                bare.stop();
            }
        }
    }

    private List<Operation> operations(ConnectSimulator simulator) {
        List<String> numbers = new ArrayList<>();
        String[] instances = new String[2];
        try (ConnectClient east = SimulatorClients.connect(simulator.endpoint(), "us-east-1", ACCOUNT)) {
            for (int i = 0; i < 2; i++) {
                instances[i] = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                        .instanceAlias("edge-" + UUID.randomUUID().toString().substring(0, 8))
                        .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
            }
            simulator.advanceClock(Duration.ofSeconds(1));
            east.searchAvailablePhoneNumbersPaginator(b -> b.instanceId(instances[0])
                            .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                            .maxResults(10)).availableNumbersList().stream().limit(32)
                    .forEach(n -> numbers.add(east.claimPhoneNumber(b -> b.instanceId(instances[0])
                            .phoneNumber(n.phoneNumber())).phoneNumberId()));
            simulator.advanceClock(Duration.ofSeconds(1));
        }
        String list = "{\"InstanceId\":\"" + instances[0] + "\",\"MaxResults\":25}";
        return List.of(
                new Operation("DescribePhoneNumber", base -> (c, n) ->
                        request(base, "GET", "/phone-number/" + numbers.get(c), null)),
                new Operation("UpdatePhoneNumber", base -> (c, n) -> request(base, "PUT", "/phone-number/"
                        + numbers.get(c), "{\"InstanceId\":\"" + instances[(int) (n % 2)] + "\",\"ClientToken\":\""
                        + UUID.randomUUID() + "\"}")),
                new Operation("ListPhoneNumbersV2", base -> (c, n) -> request(base, "POST", "/phone-number/list",
                        list)));
    }

    private String table(List<Operation> operations, URI edge, URI bare) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "The simulator with and without its "
                + "edge, same world, closed loop; per cell and server %d ms in %d alternating slices%n%n"
                + "| operation | clients | with edge req/s | p50 ms | p99 ms | without req/s | p50 ms | p99 ms "
                + "| with/without |%n|---|---:|---:|---:|---:|---:|---:|---:|---:|%n", MEASURE.toMillis(), SLICES));
        for (Operation operation : operations) {
            for (int round = 0; round < 2; round++) {
                runner.run(8, operation.source().apply(edge), WARM_UP, 100_000);
                runner.run(8, operation.source().apply(bare), WARM_UP, 100_000);
            }
        }
        for (Operation operation : operations) {
            for (int clients : CLIENTS) {
                List<LoadResult> withEdge = new ArrayList<>();
                List<LoadResult> without = new ArrayList<>();
                for (int i = 0; i < SLICES; i++) {
                    withEdge.add(runner.run(clients, operation.source().apply(edge), MEASURE.dividedBy(SLICES), 100_000));
                    without.add(runner.run(clients, operation.source().apply(bare), MEASURE.dividedBy(SLICES), 100_000));
                }
                LoadResult e = LoadResult.merge(withEdge);
                LoadResult b = LoadResult.merge(without);
                table.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f |%s%n",
                        operation.name(), clients, e.requestsPerSecond(), e.percentileMillis(50),
                        e.percentileMillis(99), b.requestsPerSecond(), b.percentileMillis(50), b.percentileMillis(99),
                        e.requestsPerSecond() / b.requestsPerSecond(),
                        e.failures() + b.failures() == 0 ? "" : " non-200 answers!"));
            }
        }
        return table.toString();
    }

    private HttpRequest request(URI base, String method, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", authorization).build();
    }
}
