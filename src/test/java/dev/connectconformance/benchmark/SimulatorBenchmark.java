package dev.connectconformance.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * Throughput and latency of the simulator against a plain WireMock stub answering the same bodies, for
 * DescribePhoneNumber, UpdatePhoneNumber and ListPhoneNumbersV2 at 1, 8 and 32 closed-loop clients; then
 * ListPhoneNumbersV2 page latency and heap with 10,000 and 100,000 claimed numbers. Loopback only, every run
 * bounded in time and count. Run with {@code mvn -B -Pbenchmark test-compile exec:exec}; it prints tables.
 */
public final class SimulatorBenchmark {

    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "us-east-1";
    private static final int[] CLIENTS = {1, 8, 32};
    private static final Duration MEASURE = Duration.ofMillis(Long.getLong("benchmark.measureMillis", 3000));
    private static final Duration WARM_UP = Duration.ofMillis(Long.getLong("benchmark.warmUpMillis", 1000));
    private static final int MAX_PER_CLIENT = 100_000;
    private static final int SLICES = 6;
    private static final int PAGE_SAMPLES = Integer.getInteger("benchmark.pageSamples", 300);
    /** Comma-separated operation names to measure (default: all), e.g. for profiling one of them. */
    private static final List<String> ONLY = List.of(System.getProperty("benchmark.operations", "").split(","))
            .stream().filter(name -> !name.isBlank()).toList();
    private static final boolean LIST_SCALE = Boolean.parseBoolean(System.getProperty("benchmark.listScale",
            "true"));

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final LoadRunner runner = new LoadRunner(http);
    private final String authorization = RawConnectHttp.authorization(ACCOUNT, REGION);

    public static void main(String[] args) throws Exception {
        new SimulatorBenchmark().run();
    }

    private void run() throws Exception {
        System.out.println(machine());
        // UpdatePhoneNumber sends a fresh ClientToken each time, as the SDK does: room for every one of them in
        // their 8-hour window, so that the ledger is measured and its throttling is not.
        SimulatorSettings settings = SimulatorSettings.defaults().withSettleDelay(Duration.ZERO)
                .withPhoneNumberQuota(1_000_000).withIdempotencyTokensPerAccount(2_000_000);
        try (ConnectSimulator simulator = ConnectSimulator.start(settings)) {
            System.out.println(throughputTable(simulator));
            if (LIST_SCALE) {
                System.out.println(listScaleTable(simulator));
            }
        }
    }

    // ---- throughput: simulator vs plain stub ----

    private record Operation(String name, LoadRunner.RequestSource simulator, LoadRunner.RequestSource stub) {
    }

    private String throughputTable(ConnectSimulator simulator) throws Exception {
        URI sim = simulator.endpoint();
        String instanceA;
        String instanceB;
        List<String> numberIds = new ArrayList<>();
        try (ConnectClient east = SimulatorClients.connect(sim, REGION, ACCOUNT)) {
            instanceA = newInstance(east);
            instanceB = newInstance(east);
            simulator.advanceClock(Duration.ofSeconds(1));
            east.searchAvailablePhoneNumbersPaginator(b -> b.instanceId(instanceA).phoneNumberCountryCode(
                            PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID).maxResults(10))
                    .availableNumbersList().stream().limit(32).forEach(n -> numberIds.add(east.claimPhoneNumber(
                            b -> b.instanceId(instanceA).phoneNumber(n.phoneNumber())).phoneNumberId()));
            simulator.advanceClock(Duration.ofSeconds(1));
        }
        String listBody = "{\"InstanceId\":\"" + instanceA + "\",\"MaxResults\":25}";
        LoadRunner.RequestSource describe = (c, n) -> request(sim, "GET", "/phone-number/" + numberIds.get(c), null);
        LoadRunner.RequestSource update = (c, n) -> request(sim, "PUT", "/phone-number/" + numberIds.get(c),
                "{\"InstanceId\":\"" + (n % 2 == 0 ? instanceB : instanceA) + "\",\"ClientToken\":\""
                        + UUID.randomUUID() + "\"}");
        LoadRunner.RequestSource list = (c, n) -> request(sim, "POST", "/phone-number/list", listBody);

        String describeAnswer = body(describe.request(0, 0));
        String listAnswer = body(list.request(0, 0));
        String updateAnswer = body(request(sim, "PUT", "/phone-number/" + numberIds.get(0),
                "{\"InstanceId\":\"" + instanceA + "\"}"));

        String wrkTable = "wrk is not installed: no wrk figures\n";
        StringBuilder table = new StringBuilder();
        table.append("Simulator vs plain WireMock stub (same response bodies), closed loop; per cell and server ")
                .append(MEASURE.toMillis()).append(" ms in ").append(SLICES).append(" slices alternating with the "
                        + "other server, after ").append(WARM_UP.toMillis()).append(" ms warm-up\n\n");
        table.append("| operation | clients | simulator req/s | p50 ms | p99 ms | stub req/s | p50 ms | p99 ms "
                + "| simulator/stub |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        try (PlainStubServer stub = PlainStubServer.start(describeAnswer, updateAnswer, listAnswer)) {
            URI floor = stub.endpoint();
            List<Operation> operations = List.of(
                    new Operation("DescribePhoneNumber", describe, onto(describe, sim, floor)),
                    new Operation("UpdatePhoneNumber", update, onto(update, sim, floor)),
                    new Operation("ListPhoneNumbersV2", list, onto(list, sim, floor)));
            operations = operations.stream().filter(o -> ONLY.isEmpty() || ONLY.contains(o.name())).toList();
            // Both servers and the client see every request kind before anything is measured: otherwise the
            // first cells measure the JIT compiler rather than the server.
            for (int round = 0; round < 2; round++) {
                for (Operation operation : operations) {
                    runner.run(8, operation.simulator(), WARM_UP, MAX_PER_CLIENT);
                    runner.run(8, operation.stub(), WARM_UP, MAX_PER_CLIENT);
                }
            }
            if (WrkComparison.available()) {
                wrkTable = WrkComparison.table(sim, floor, authorization, List.of(
                        new WrkComparison.Request("DescribePhoneNumber", "GET", "/phone-number/" + numberIds.get(0),
                                null),
                        new WrkComparison.Request("ListPhoneNumbersV2", "POST", "/phone-number/list", listBody)));
            }
            for (Operation operation : operations) {
                for (int clients : CLIENTS) {
                    LoadResult[] pair = measurePair(clients, operation.simulator(), operation.stub());
                    LoadResult s = pair[0];
                    LoadResult f = pair[1];
                    table.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f "
                                    + "| %.2f |%s%n", operation.name(), clients, s.requestsPerSecond(),
                            s.percentileMillis(50), s.percentileMillis(99), f.requestsPerSecond(),
                            f.percentileMillis(50), f.percentileMillis(99),
                            s.requestsPerSecond() / f.requestsPerSecond(), failures(s, f)));
                }
            }
        }
        return table.append('\n').append(wrkTable).toString();
    }

    /**
     * Simulator and stub in alternating slices (SLICES of each), so that load from elsewhere on the machine, which
     * drifts over seconds, falls on both alike instead of on whichever happened to run at the time.
     */
    private LoadResult[] measurePair(int clients, LoadRunner.RequestSource simulator,
                                     LoadRunner.RequestSource stub) {
        runner.run(clients, simulator, WARM_UP, MAX_PER_CLIENT);
        runner.run(clients, stub, WARM_UP, MAX_PER_CLIENT);
        List<LoadResult> simulatorSlices = new ArrayList<>();
        List<LoadResult> stubSlices = new ArrayList<>();
        Duration slice = MEASURE.dividedBy(SLICES);
        for (int i = 0; i < SLICES; i++) {
            simulatorSlices.add(runner.run(clients, simulator, slice, MAX_PER_CLIENT));
            stubSlices.add(runner.run(clients, stub, slice, MAX_PER_CLIENT));
        }
        return new LoadResult[] {LoadResult.merge(simulatorSlices), LoadResult.merge(stubSlices)};
    }

    private static String failures(LoadResult simulator, LoadResult stub) {
        return failures("simulator", simulator) + failures("stub", stub);
    }

    private static String failures(String server, LoadResult result) {
        return result.failures() == 0 ? "" : " " + server + ": " + result.failures() + " non-200 answers, the first "
                + result.firstFailure() + "!";
    }

    /** The same requests sent to another server. */
    private static LoadRunner.RequestSource onto(LoadRunner.RequestSource source, URI from, URI to) {
        return (c, n) -> {
            HttpRequest original = source.request(c, n);
            URI moved = URI.create(original.uri().toString().replace(from.toString(), to.toString()));
            return HttpRequest.newBuilder(original, (name, value) -> true).uri(moved).build();
        };
    }

    // ---- ListPhoneNumbersV2 on large accounts ----

    private String listScaleTable(ConnectSimulator simulator) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("ListPhoneNumbersV2 pages of 100 through HTTP, 1 client, ").append(PAGE_SAMPLES)
                .append(" samples per page kind; heap = used heap after GC minus the empty simulator's\n\n");
        table.append("| claimed numbers | heap MB | bytes/number | first page p50/p99 ms | middle page p50/p99 ms "
                + "| region-wide middle page p50/p99 ms | full walk: pages, ms/page |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int size : new int[] {10_000, 100_000}) {
            simulator.reset();
            long emptyHeap = usedHeapAfterGc();
            String instanceId;
            try (ConnectClient east = SimulatorClients.connect(simulator.endpoint(), REGION, ACCOUNT)) {
                instanceId = newInstance(east);
            }
            simulator.advanceClock(Duration.ofSeconds(1));
            String instanceArn = "arn:aws:connect:" + REGION + ":" + ACCOUNT + ":instance/" + instanceId;
            NumberSeeder.seed(simulator, ACCOUNT, REGION, instanceArn, size);
            long heap = usedHeapAfterGc() - emptyHeap;

            URI sim = simulator.endpoint();
            String byInstance = "\"InstanceId\":\"" + instanceId + "\",\"MaxResults\":100";
            long walkStart = System.nanoTime();
            int pages = 0;
            String token = null;
            String middleToken = null;
            do {
                JsonNode page = json.readTree(body(request(sim, "POST", "/phone-number/list",
                        "{" + byInstance + (token == null ? "" : ",\"NextToken\":\"" + token + "\"") + "}")));
                pages++;
                token = page.path("NextToken").asText(null);
                if (pages == size / 200) {
                    middleToken = token;
                }
            } while (token != null);
            double msPerPage = (System.nanoTime() - walkStart) / 1e6 / pages;

            String middle = middleToken;
            LoadResult first = samplePages(sim, "{" + byInstance + "}");
            LoadResult deep = samplePages(sim, "{" + byInstance + ",\"NextToken\":\"" + middle + "\"}");
            // A NextToken works only for the request that got it: the region-wide list walks to its own middle page.
            String regionWideBody = "{\"MaxResults\":100,\"NextToken\":\"" + tokenAfterPages(sim, size / 200) + "\"}";
            LoadResult regionWide = samplePages(sim, regionWideBody);
            table.append(String.format(Locale.ROOT, "| %,d | %.1f | %d | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f "
                            + "| %d, %.2f |%n", size, heap / 1048576.0, heap / size, first.percentileMillis(50),
                    first.percentileMillis(99), deep.percentileMillis(50), deep.percentileMillis(99),
                    regionWide.percentileMillis(50), regionWide.percentileMillis(99), pages, msPerPage));
            if (first.failures() + deep.failures() + regionWide.failures() > 0) {
                table.append("(some list requests did not answer 200!)\n");
            }
        }
        simulator.reset();
        return table.toString();
    }

    /** The NextToken of the region-wide ListPhoneNumbersV2 after {@code pages} pages of 100. */
    private String tokenAfterPages(URI sim, int pages) throws IOException, InterruptedException {
        String token = null;
        for (int page = 0; page < pages; page++) {
            token = json.readTree(body(request(sim, "POST", "/phone-number/list", "{\"MaxResults\":100"
                    + (token == null ? "" : ",\"NextToken\":\"" + token + "\"") + "}"))).path("NextToken").asText();
        }
        return token;
    }

    private LoadResult samplePages(URI sim, String body) {
        LoadRunner.RequestSource source = (c, n) -> request(sim, "POST", "/phone-number/list", body);
        runner.run(1, source, Duration.ofSeconds(30), PAGE_SAMPLES / 3);
        return runner.run(1, source, Duration.ofSeconds(60), PAGE_SAMPLES);
    }

    // ---- helpers ----

    private static String newInstance(ConnectClient east) {
        return east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias("bench-" + UUID.randomUUID().toString().substring(0, 8))
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
    }

    private HttpRequest request(URI base, String method, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .build();
    }

    private String body(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "machine: %d processors, max heap %d MB, java %s (%s)%n",
                runtime.availableProcessors(), runtime.maxMemory() / 1048576, System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }
}
