package dev.connectconformance.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.migration.ConformanceJar.Run;
import dev.connectconformance.readiness.AwsProfiles;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.standalone.StandaloneSimulatorProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code migrate} as a team runs it: the runnable jar in a folder of its own, a named profile, AWS_ENDPOINT_URL_*
 * pointing at the standalone simulator, which holds the account. Dry run, execute, rerun, mistakes; the profile's
 * key never shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrateCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "eu-central-1";
    private static final String ACCOUNT = "210987654321";
    private static final String KEY_ID = "AKIAMIGRATEIT7777777";
    private static final String SECRET = "migrate-secret/" + UUID.randomUUID();

    @TempDir
    static Path dir;

    private static StandaloneSimulatorProcess simulator;
    private static MigrationAccount account;
    private static AwsProfiles profiles;
    private static Path plan;
    private static final List<Run> runs = new ArrayList<>();

    @BeforeAll
    static void startTheSimulatorHoldingTheAccount() throws IOException {
        simulator = StandaloneSimulatorProcess.start("--port", "0", "--settle-delay", "0", "--default-account",
                ACCOUNT);
        account = new MigrationAccount(simulator.endpoint(), KEY_ID, SOURCE, "eu-west-2", 3);
        profiles = AwsProfiles.write(dir, SOURCE, Map.of("migrate", List.of(KEY_ID, SECRET)));
        plan = Files.write(dir.resolve("plan.txt"), List.of("# wave 1", account.numbers.get(0) + ",Default inbound",
                account.numbers.get(1), account.phoneNumberOf(account.numbers.get(2)) + ",Default inbound"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (account != null) {
            account.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private static Run migrate(String folder, String... args) throws Exception {
        String endpoint = simulator.endpoint().toString();
        Run run = ConformanceJar.run(dir.resolve(folder), profiles.environment(endpoint, endpoint), "migrate", args);
        runs.add(run);
        return run;
    }

    private static ObjectNode state() {
        ObjectNode state = (ObjectNode) new SimulatorAdminClient(simulator.endpoint()).state().deepCopy();
        state.remove("now");
        return state;
    }

    @Test
    @Order(1)
    void aDryRunPrintsTheCallsAndChangesNothing() throws Exception {
        ObjectNode before = state();

        Run run = migrate("wave", "--tdg", account.groupArn, "--plan", plan.toString(), "--profile", "migrate");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(state()).isEqualTo(before);
        assertThat(run.out()).startsWith("Dry run: nothing was changed.")
                .containsSubsequence("line 2  ", account.numbers.get(0), "UpdatePhoneNumber  " + SOURCE,
                        "AssociatePhoneNumberContactFlow  " + SOURCE, "AssociatePhoneNumberContactFlow  eu-west-2",
                        "line 3  ", "flow 'Default inbound' (previous)", "line 4  ");
        assertThat(run.lastLine()).isEqualTo("Readiness: ready; migrate --execute would start");
        try (Stream<Path> files = Files.list(run.folder())) {
            assertThat(files).as("no journal, no results").isEmpty();
        }
    }

    @Test
    @Order(2)
    void executeMovesTheNumbersAndPrintsTheResultsLast() throws Exception {
        Run run = migrate("wave", "--tdg", account.groupArn, "--plan", plan.toString(), "--profile", "migrate",
                "--execute");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.lastLine()).isEqualTo("Result: 3 of 3 moved and verified (exit 0)");
        assertThat(run.err()).contains("UpdatePhoneNumber accepted", "associated in eu-west-2");
        JsonNode json = JSON.readTree(run.folder().resolve("reports/migration/migration.json").toFile());
        assertThat(json.path("outcomes")).extracting(o -> o.path("outcome").asText(), o -> o.path("verified").asBoolean())
                .containsOnly(org.assertj.core.api.Assertions.tuple("moved", true));
        try (Stream<Path> files = Files.list(run.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("migration-.{8}-.{16}\\.jsonl"));
        }
        for (String number : account.numbers) {
            assertThat(account.targetOf(number)).isEqualTo(account.groupArn);
        }
    }

    @Test
    @Order(3)
    void aRerunInTheSameFolderFindsItsJournalAndMovesNothingAgain() throws Exception {
        Run run = migrate("wave", "--tdg", account.groupArn, "--plan", plan.toString(), "--profile", "migrate",
                "--execute");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("already moved by an earlier run"))).hasSize(3);
        assertThat(run.err()).doesNotContain("UpdatePhoneNumber accepted");
    }

    @Test
    @Order(4)
    void mistakesAreOneLineAndExitCodeTwo() throws Exception {
        Run noPlan = migrate("mistakes", "--tdg", account.groupArn, "--plan", "missing.txt", "--profile", "migrate");
        Run badConcurrency = migrate("mistakes", "--tdg", account.groupArn, "--plan", plan.toString(),
                "--concurrency", "0");
        Run noCredentials = migrate("mistakes", "--tdg", account.groupArn, "--plan", plan.toString(), "--profile",
                "nobody", "--execute");

        assertMistake(noPlan, "connect-conformance migrate: cannot read the plan file missing.txt");
        assertMistake(badConcurrency, "--concurrency must be 1 to 16, not 0");
        assertMistake(noCredentials, "no AWS credentials for profile nobody");
    }

    @Test
    @Order(5)
    void noCredentialAppearsInAnyOutputOrFile() throws IOException {
        List<String> texts = new ArrayList<>();
        runs.forEach(run -> texts.addAll(List.of(run.out(), run.err())));
        for (String folder : List.of("wave", "mistakes")) {
            try (Stream<Path> files = Files.walk(dir.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(2 * runs.size());
        for (String secret : List.of(KEY_ID, SECRET)) {
            assertThat(texts).noneMatch(text -> text.contains(secret));
        }
    }

    private static void assertMistake(Run run, String fragment) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains(fragment).doesNotContain("Exception", "\tat ");
    }
}
