package dev.connectconformance.migration;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.connectconformance.account.SimulatorAccountClients;
import dev.connectconformance.migration.output.DryRunText;
import dev.connectconformance.plan.PlanFile;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.Fault;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.protocol.OperationRouter;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.simulator.wiremock.ConnectApiExtensionFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executor against a simulator acting as the account, in process: a WireMockServer of the test's own with the
 * Connect extensions and WireMock's request journal on, so the calls can be counted. The simulator settles work
 * after 1 s on its clock; the executor's pause moves that clock, so nothing here waits in real time.
 */
class MigrationOnSimulatorTest {

    private static final String ACCOUNT = "210987654321";
    private static final String SOURCE = "eu-central-1";
    private static final String REPLICA = "eu-west-2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OperationRouter ROUTER = new OperationRouter(ServiceModel.bundled());

    @TempDir
    Path dir;

    private WireMockServer server;
    private SimulatorAdminClient admin;
    private MigrationAccount account;
    private SimulatorAccountClients clients;
    private Path journal;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").notifier(new ConsoleNotifier(false))
                .extensions(new ConnectApiExtensionFactory(SimulatorSettings.defaults())));
        server.start();
        URI endpoint = URI.create(server.baseUrl());
        admin = new SimulatorAdminClient(endpoint);
        account = new MigrationAccount(endpoint, ACCOUNT, SOURCE, REPLICA, 3);
        clients = SimulatorAccountClients.withoutRetries(endpoint, ACCOUNT);
        journal = dir.resolve("journal.jsonl");
        server.resetRequests();
    }

    @AfterEach
    void stop() {
        clients.close();
        account.close();
        server.stop();
    }

    /** Line 1 names its flow, line 2 keeps its previous one, line 3 (no flow now) names one by E.164. */
    private String plan() {
        return account.numbers.get(0) + "," + MigrationAccount.FLOW + "\n" + account.numbers.get(1) + "\n"
                + account.phoneNumberOf(account.numbers.get(2)) + "," + MigrationAccount.FLOW + "\n";
    }

    private PreparedPlan prepare(String plan) {
        return PreparedPlan.prepare(clients, ReadinessRequest.of(account.groupArn)
                .withPlan(PlanFile.parse("plan.txt", plan)), JournalHistory.read(journal));
    }

    private Migration.Options moveOptions(int concurrency) {
        return new Migration.Options(concurrency, journal, new SimulatorClockPause(admin), StopSignal.none(),
                Progress.silent(), Clock.systemUTC(), executor -> { });
    }

    private MigrationReport execute(String plan, Migration.Options options) throws InterruptedException {
        return Migration.execute(clients, clients, prepare(plan), options);
    }

    @Test
    void aDryRunChangesNothingAndPrintsTheCallsTheExecutionThenMakesInOrder() throws Exception {
        ObjectNode before = stateWithoutTime();
        PreparedPlan prepared = prepare(plan());
        List<String> lines = DryRunText.lines(prepared, 2, journal.toString());

        assertThat(stateWithoutTime()).isEqualTo(before);
        assertThat(operations()).allSatisfy(op -> assertThat(op).matches("(Describe|List|Get|servicequotas:).*"));
        assertThat(journal).doesNotExist();
        String arn = account.numbers.get(0);
        assertThat(lines).containsSubsequence("line 1  " + account.phoneNumberOf(arn) + "  " + arn,
                "  1. DescribePhoneNumber  " + SOURCE + "  PhoneNumberId=" + arn + "  (where it is now)",
                "  2. UpdatePhoneNumber  " + SOURCE + "  PhoneNumberId=" + arn + " TargetArn=" + account.groupArn
                        + " ClientToken=" + prepared.moves().get(0).clientToken(),
                "  3. DescribePhoneNumber  " + SOURCE + "  PhoneNumberId=" + arn
                        + "  (until CLAIMED or FAILED, with backoff)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Readiness: ready; migrate --execute would start");

        server.resetRequests();
        Migration.execute(clients, clients, prepared, moveOptions(1));
        List<String> printed = new ArrayList<>();
        for (Move move : prepared.moves()) {
            prepared.callPlan().calls(move).stream().filter(c -> !c.operation().startsWith("Describe"))
                    .forEach(c -> printed.add(c.operation() + " " + c.region() + " " + c.parameters()));
        }
        assertThat(changesSent()).as("the changes the execution sent, in order").isEqualTo(printed);
    }

    @Test
    void executeMovesEveryNumberAssociatesItsFlowInBothRegionsAndJournalsEveryStep() throws Exception {
        MigrationReport report = execute(plan(), moveOptions(2));

        assertThat(report.exitCode()).as("%s", report.outcomes()).isZero();
        assertThat(report.outcomes()).extracting(o -> o.result(), o -> o.verified().orElse(false))
                .containsOnly(tuple(MoveResult.MOVED, true));
        assertThat(report.outcomes().get(1).reason()).contains("'Default inbound' (previous)");
        for (String number : account.numbers) {
            assertThat(account.targetOf(number)).isEqualTo(account.groupArn);
            assertThat(account.status(number)).isEqualTo("CLAIMED");
        }
        // the replica region lists each association under the number's full ARN
        assertThat(account.flowsIn(account.home)).containsOnlyKeys(account.numbers)
                .containsValues(MigrationAccount.FLOW);
        assertThat(account.flowsIn(account.away)).containsOnlyKeys(account.numbers)
                .containsValues(MigrationAccount.FLOW);
        assertThat(requestsTo("AssociatePhoneNumberContactFlow", REPLICA)).hasSize(3)
                .allSatisfy(body -> assertThat(body.path("PhoneNumberId").asText()).startsWith("arn:aws:connect:"));
        List<JsonNode> lines = journalLines();
        assertThat(lines.get(0).path("step").asText()).isEqualTo("run-started");
        assertThat(lines.get(lines.size() - 1).path("step").asText()).isEqualTo("run-finished");
        for (String number : account.numbers) {
            assertThat(lines).filteredOn(l -> number.equals(l.path("number").asText()))
                    .extracting(l -> l.path("step").asText(), l -> l.path("region").asText(null))
                    .containsExactly(tuple("move-started", null), tuple("update-sent", SOURCE),
                            tuple("settled", null), tuple("flow-associated", SOURCE),
                            tuple("flow-associated", REPLICA), tuple("move-finished", null));
        }
    }

    @Test
    void readinessBlockersRefuseToStartAndNothingMoves() throws IOException {
        String plan = plan() + "+4930999999999\n";
        PreparedPlan prepared = prepare(plan);

        assertThatThrownBy(() -> Migration.execute(clients, clients, prepared, moveOptions(2)))
                .isInstanceOf(MigrationRefused.class)
                .hasMessageStartingWith("readiness found 1 blocker; nothing was moved: RD-05 +4930999999999")
                .hasMessageContaining("was not found");
        assertThat(operations()).doesNotContain("UpdatePhoneNumber", "AssociatePhoneNumberContactFlow");
        assertThat(journal).doesNotExist();
    }

    @Test
    void aRerunOfAFinishedMigrationSendsNoUpdatePhoneNumber() throws Exception {
        assertThat(execute(plan(), moveOptions(2)).exitCode()).isZero();
        server.resetRequests();

        MigrationReport rerun = execute(plan(), moveOptions(2));

        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.outcomes()).allSatisfy(o -> assertThat(o.reason()).startsWith("already moved by an earlier run"));
        assertThat(operations()).doesNotContain("UpdatePhoneNumber", "AssociatePhoneNumberContactFlow");
    }

    @Test
    void aRunStoppedAfterOneMoveResumesFromItsJournalAndMovesEachNumberOnce() throws Exception {
        MigrationReport stopped = execute(plan(), moveOptions(1).withStop(StopSignal.afterMoves(1)));

        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.outcomes()).extracting(MoveOutcome::result)
                .containsExactly(MoveResult.MOVED, MoveResult.NOT_STARTED, MoveResult.NOT_STARTED);

        MigrationReport resumed = execute(plan(), moveOptions(1));

        assertThat(resumed.exitCode()).as("%s", resumed.outcomes()).isZero();
        assertThat(resumed.outcomes().get(0).reason()).startsWith("already moved by an earlier run");
        assertThat(requestsTo("UpdatePhoneNumber", SOURCE)).extracting(b -> b.path("PhoneNumberId").asText())
                .containsExactlyElementsOf(account.numbers);
    }

    @Test
    void aMoveCutOffBeforeItsFlowsIsFinishedByTheRerunWithoutMovingAgain() throws Exception {
        // the first number's first flow association is refused: that number stops half-way, on the group
        admin.addFault(Fault.error("AssociatePhoneNumberContactFlow", "AccessDeniedException").times(1));
        MigrationReport first = execute(plan(), moveOptions(1));
        assertThat(first.outcomes().get(0).result()).isEqualTo(MoveResult.FAILED);
        assertThat(first.outcomes().get(0).reason()).startsWith("moved onto the group, but AssociatePhoneNumber"
                + "ContactFlow in " + SOURCE + " answered AccessDeniedException");
        server.resetRequests();

        // readiness now blocks on that number (on the group without a flow): the journal shows it is ours
        PreparedPlan again = prepare(plan());
        assertThat(again.tolerated()).extracting(f -> f.check(), f -> f.resource())
                .contains(tuple("RD-03", account.numbers.get(0)));
        MigrationReport resumed = Migration.execute(clients, clients, again, moveOptions(1));

        assertThat(resumed.exitCode()).as("%s", resumed.outcomes()).isZero();
        assertThat(operations()).doesNotContain("UpdatePhoneNumber");
        assertThat(account.flowsIn(account.away)).containsKey(account.numbers.get(0));
    }

    @Test
    void aThrottledAccountStillCompletesWithBackoffOnTheSimulatorClock() throws Exception {
        admin.addFault(Fault.error("UpdatePhoneNumber", "ThrottlingException").times(4));
        Instant simulatedBefore = admin.now();

        MigrationReport report = execute(plan(), moveOptions(2));

        assertThat(report.exitCode()).as("%s", report.outcomes()).isZero();
        List<JsonNode> retries = journalLines().stream().filter(l -> l.path("step").asText().equals("retry")).toList();
        assertThat(retries).hasSize(4).allSatisfy(r -> {
            assertThat(r.path("operation").asText()).isEqualTo("UpdatePhoneNumber");
            assertThat(r.path("error").asText()).isEqualTo("ThrottlingException");
        });
        long paused = retries.stream().mapToLong(r -> r.path("pauseMillis").asLong()).sum();
        assertThat(Duration.between(simulatedBefore, admin.now()).toMillis()).isGreaterThanOrEqualTo(paused);
        assertThat(requestsTo("UpdatePhoneNumber", SOURCE)).hasSize(3 + 4);
    }

    @Test
    void aFailedMoveIsReportedWithItsMessageWhileTheOthersGoOn() throws Exception {
        PreparedPlan prepared = prepare(plan());
        // the quota drops after readiness looked: the second move runs into it, as a shortfall does half-way
        admin.setPhoneNumbersPerTarget(account.groupArn, 1);

        MigrationReport report = Migration.execute(clients, clients, prepared, moveOptions(1));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.outcomes()).extracting(MoveOutcome::result)
                .containsExactly(MoveResult.MOVED, MoveResult.FAILED, MoveResult.FAILED);
        assertThat(report.outcomes().get(1).reason()).startsWith("FAILED: The target " + account.groupArn
                + " has reached its limit of 1 claimed phone numbers");
        assertThat(account.targetOf(account.numbers.get(1))).isEqualTo(account.instanceArn);
        assertThat(journalLines()).filteredOn(l -> l.path("step").asText().equals("settled"))
                .extracting(l -> l.path("status").asText()).containsExactly("CLAIMED", "FAILED", "FAILED");
    }

    private ObjectNode stateWithoutTime() {
        ObjectNode state = (ObjectNode) admin.state().deepCopy();
        state.remove("now");
        return state;
    }

    private List<JsonNode> journalLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(journal)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /** The requests the simulator received, oldest first. */
    private List<ServeEvent> events() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events);
        return events.stream().filter(e -> !e.getRequest().getUrl().startsWith("/__admin")).toList();
    }

    private List<String> operations() {
        return events().stream().map(this::operation).toList();
    }

    private String operation(ServeEvent event) {
        String target = event.getRequest().getHeader("X-Amz-Target");
        if (target != null) {
            return "servicequotas:" + target.substring(target.indexOf('.') + 1);
        }
        return ROUTER.route(event.getRequest().getMethod().getName(), event.getRequest().getUrl())
                .map(route -> route.operation().name()).orElse("?");
    }

    private static String regionOf(ServeEvent event) {
        String auth = event.getRequest().getHeader("Authorization");
        return auth.split("/")[2];
    }

    private List<JsonNode> requestsTo(String operation, String region) throws IOException {
        List<JsonNode> bodies = new ArrayList<>();
        for (ServeEvent event : events()) {
            if (operation(event).equals(operation) && regionOf(event).equals(region)) {
                bodies.add(body(event));
            }
        }
        return bodies;
    }

    private JsonNode body(ServeEvent event) throws IOException {
        String text = event.getRequest().getBodyAsString();
        ObjectNode body = text == null || text.isBlank() ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(text);
        String url = java.net.URLDecoder.decode(event.getRequest().getUrl(), java.nio.charset.StandardCharsets.UTF_8);
        String last = url.substring(url.lastIndexOf('/') + 1);
        if (operation(event).equals("UpdatePhoneNumber") || operation(event).equals("AssociatePhoneNumberContactFlow")) {
            // the number travels in the path: /phone-number/{PhoneNumberId}[/contact-flow]
            String path = url.replaceFirst("^/phone-number/", "");
            body.put("PhoneNumberId", path.endsWith("/contact-flow") ? path.substring(0, path.length()
                    - "/contact-flow".length()) : path);
        }
        return body;
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The changes sent, oldest first, as the dry run names them: operation, region, parameters. */
    private List<String> changesSent() throws IOException {
        List<String> changes = new ArrayList<>();
        for (ServeEvent event : events()) {
            String operation = operation(event);
            JsonNode body = body(event);
            if (operation.equals("UpdatePhoneNumber")) {
                changes.add(operation + " " + regionOf(event) + " " + ordered("PhoneNumberId", body.path("PhoneNumberId")
                        .asText(), "TargetArn", body.path("TargetArn").asText(), "ClientToken",
                        body.path("ClientToken").asText()));
            } else if (operation.equals("AssociatePhoneNumberContactFlow")) {
                changes.add(operation + " " + regionOf(event) + " " + ordered("InstanceId",
                        body.path("InstanceId").asText(), "ContactFlowId", body.path("ContactFlowId").asText(),
                        "PhoneNumberId", body.path("PhoneNumberId").asText()));
            }
        }
        return changes;
    }
}
