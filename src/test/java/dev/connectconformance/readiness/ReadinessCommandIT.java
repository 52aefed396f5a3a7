package dev.connectconformance.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.readiness.ReadinessJar.Run;
import dev.connectconformance.simulator.standalone.StandaloneSimulatorProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readiness command as a team runs it: the runnable jar in a folder of its own, a named profile in AWS config
 * and credentials files, AWS_ENDPOINT_URL_CONNECT and AWS_ENDPOINT_URL_SERVICE_QUOTAS pointing at the standalone
 * simulator, which holds the account: a healthy group and a broken one. The profile's access key id is not 12
 * digits, so the simulator maps it to its --default-account and the key id must never show.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "eu-central-1";
    private static final String REPLICA = "eu-west-2";
    private static final String ACCOUNT = "210987654321";
    private static final String KEY_ID = "AKIAREADINESSIT77777";
    private static final String SECRET = "readiness-secret/" + UUID.randomUUID();
    private static final String OTHER_ACCOUNT_KEY_ID = "444455556666";
    private static final String OTHER_SECRET = "other-secret/" + UUID.randomUUID();

    @TempDir
    static Path dir;

    private static StandaloneSimulatorProcess simulator;
    private static PreparedAccount healthy;
    private static PreparedAccount broken;
    private static AwsProfiles profiles;
    private static final List<Run> runs = new ArrayList<>();

    @BeforeAll
    static void startTheSimulatorHoldingTheAccount() throws IOException {
        simulator = StandaloneSimulatorProcess.start("--port", "0", "--settle-delay", "0", "--default-account", ACCOUNT);
        healthy = new PreparedAccount(simulator.endpoint(), KEY_ID, SOURCE, REPLICA);
        broken = new PreparedAccount(simulator.endpoint(), KEY_ID, SOURCE, REPLICA).breakIt();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("readiness", List.of(KEY_ID, SECRET));
        keys.put("other", List.of(OTHER_ACCOUNT_KEY_ID, OTHER_SECRET));
        profiles = AwsProfiles.write(dir, SOURCE, keys);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (healthy != null) {
            healthy.close();
            broken.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private static Run readiness(String name, Map<String, String> env, String... args) throws Exception {
        Run run = ReadinessJar.run(dir.resolve("runs").resolve(name), env, args);
        runs.add(run);
        return run;
    }

    private static Map<String, String> simulatorEnvironment() {
        String endpoint = simulator.endpoint().toString();
        return profiles.environment(endpoint, endpoint);
    }

    private static Path planFile(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private static JsonNode json(Run run) throws IOException {
        return JSON.readTree(run.readinessFolder().resolve("readiness.json").toFile());
    }

    @Test
    @Order(1)
    void aHealthyAccountIsReady() throws Exception {
        String secondByE164 = healthy.phoneNumberOf(healthy.onInstance.get(1));
        Path plan = planFile("healthy-plan.txt", "# the rest of the sales lines",
                healthy.onInstance.get(0) + ", " + healthy.sourceFlowName, secondByE164 + "," + healthy.sourceFlowId);

        Run run = readiness("healthy", simulatorEnvironment(), "--tdg", healthy.groupArn, "--profile", "readiness",
                "--plan", plan.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lastLine()).isEqualTo("Verdict: ready (0 blockers, 0 warnings)");
        assertThat(run.out()).contains("Readiness of traffic distribution group migration-", "telephony      50%",
                "Numbers on the group (2)", "line 3  " + secondByE164, "Info (3)");
        JsonNode json = json(run);
        assertThat(json.path("verdict").asText()).isEqualTo("ready");
        assertThat(json.path("tdg").path("replicaRegion").asText()).isEqualTo(REPLICA);
        assertThat(json.path("numbers")).hasSize(2);
        assertThat(json.path("plan")).extracting(p -> p.path("status").asText()).containsExactly("CLAIMED", "CLAIMED");
        assertThat(json.path("quota").path("source").asText()).isEqualTo("applied");
        assertThat(run.readinessFolder().resolve("index.html")).isRegularFile();
        assertThat(run.readinessFolder().resolve("junit.xml")).content().contains("tests=\"8\" failures=\"0\"");
    }

    @Test
    @Order(2)
    void aBrokenAccountIsNotReadyWithExactlyTheExpectedFindings() throws Exception {
        Path plan = planFile("broken-plan.txt", broken.onInstance.get(0),
                broken.onInstance.get(1) + "," + broken.sourceFlowId, broken.claimedInReplica + "," + broken.sourceFlowId);

        Run run = readiness("broken", simulatorEnvironment(), "--tdg", broken.groupArn, "--profile", "readiness",
                "--plan", plan.toString(), "--json", "broken.json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.lastLine()).isEqualTo("Verdict: not-ready (5 blockers, 1 warning)");
        JsonNode json = JSON.readTree(run.folder().resolve("broken.json").toFile());
        assertThat(json.path("verdict").asText()).isEqualTo("not-ready");
        assertThat(json.path("findings")).extracting(f -> f.path("check").asText(), f -> f.path("severity").asText(),
                f -> f.path("resource").asText(), f -> f.path("region").asText()).containsExactly(
                tuple("RD-02", "blocker", broken.failedOnGroup, SOURCE),
                tuple("RD-02", "info", broken.groupArn, SOURCE),
                tuple("RD-03", "blocker", broken.withoutFlow, SOURCE),
                tuple("RD-03", "blocker", broken.withoutFlow, REPLICA),
                tuple("RD-05", "blocker", broken.claimedInReplica, REPLICA),
                tuple("RD-05", "blocker", broken.groupArn, SOURCE),
                tuple("RD-05", "info", broken.groupArn, SOURCE),
                tuple("RD-07", "warning", broken.onInstance.get(0), SOURCE),
                tuple("PN-10", "info", broken.groupArn, SOURCE));
        assertThat(json.path("findings").get(0).path("message").asText()).contains("is FAILED (", "limit of 3");
        assertThat(json.path("findings").get(5).path("message").asText())
                .contains("the plan moves 2 more, 2 over its quota of 3");
        assertThat(run.out()).containsSubsequence("Blockers (5)", "Warnings (1)", "Info (3)", "Verdict: not-ready");
    }

    @Test
    @Order(3)
    void aWrongInstanceIsABlockerNotAPass() throws Exception {
        Run run = readiness("wrong-instance", simulatorEnvironment(), "--tdg", healthy.groupArn, "--profile",
                "readiness", "--instance", broken.instanceId);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(json(run).path("findings")).filteredOn(f -> f.path("severity").asText().equals("blocker"))
                .singleElement().satisfies(f -> {
                    assertThat(f.path("check").asText()).isEqualTo("RD-06");
                    assertThat(f.path("message").asText()).startsWith("the group links instance " + healthy.instanceId)
                            .contains("not " + broken.instanceId);
                });
    }

    @Test
    @Order(4)
    void aWrongProfileIsOneLineAndExitCodeTwo() throws Exception {
        Run run = readiness("wrong-profile", simulatorEnvironment(), "--tdg", healthy.groupArn, "--profile", "other");

        assertCannotCheck(run, "connect-conformance readiness: traffic distribution group " + healthy.groupArn
                + " was not found in " + SOURCE + " with profile 'other': check the ARN, and that these credentials "
                + "are for account " + ACCOUNT);
    }

    @Test
    @Order(5)
    void aWrongGroupArnIsOneLineAndExitCodeTwo() throws Exception {
        String missing = healthy.groupArn.replaceAll("/[^/]+$", "/" + UUID.randomUUID());
        Run run = readiness("wrong-tdg", simulatorEnvironment(), "--tdg", missing, "--profile", "readiness");

        assertCannotCheck(run, "traffic distribution group " + missing + " was not found in " + SOURCE);
    }

    @Test
    @Order(6)
    void anEndpointThatDoesNotAnswerIsOneLineAndExitCodeTwo() throws Exception {
        String nobody = "http://127.0.0.1:" + freePort();
        Run run = readiness("no-endpoint", profiles.environment(nobody, nobody), "--tdg", healthy.groupArn,
                "--profile", "readiness");

        assertCannotCheck(run, "could not reach the endpoint for DescribeTrafficDistributionGroup in " + SOURCE,
                "AWS_ENDPOINT_URL_*");
    }

    @Test
    @Order(7)
    void aQuotaThatCannotBeReadIsAssumedWithAWarning() throws Exception {
        Run run = readiness("no-service-quotas", profiles.environment(simulator.endpoint().toString(),
                "http://127.0.0.1:" + freePort()), "--tdg", healthy.groupArn, "--profile", "readiness");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.lastLine()).isEqualTo("Verdict: ready (0 blockers, 1 warning)");
        JsonNode json = json(run);
        assertThat(json.path("quota").path("source").asText()).isEqualTo("assumed");
        assertThat(json.path("quota").path("value").asInt()).isEqualTo(5);
        assertThat(json.path("findings")).filteredOn(f -> f.path("severity").asText().equals("warning"))
                .singleElement().satisfies(f -> assertThat(f.path("message").asText())
                        .contains("the quota could not be read (could not reach the endpoint for ListServiceQuotas"));
    }

    @Test
    @Order(8)
    void noCredentialAppearsInAnyOutputOrFile() throws IOException {
        List<String> texts = new ArrayList<>();
        runs.forEach(run -> texts.addAll(List.of(run.out(), run.err())));
        try (Stream<Path> files = Files.walk(dir.resolve("runs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(texts).hasSizeGreaterThan(2 * runs.size());
        for (String secret : List.of(KEY_ID, SECRET, OTHER_ACCOUNT_KEY_ID, OTHER_SECRET)) {
            assertThat(texts).noneMatch(text -> text.contains(secret));
        }
    }

    private static void assertCannotCheck(Run run, String... fragments) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).as("no per-check results").isEmpty();
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains(fragments).doesNotContain("Exception:", "\tat ");
        assertThat(run.readinessFolder()).doesNotExist();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
