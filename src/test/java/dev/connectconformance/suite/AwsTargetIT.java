package dev.connectconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.readiness.AwsProfiles;
import dev.connectconformance.readiness.PreparedAccount;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * The suite's aws target, tested without AWS: the packaged simulator stands in for the service, reached the way
 * a real account is - a named profile in an AWS config and credentials file, AWS_ENDPOINT_URL_CONNECT and
 * AWS_ENDPOINT_URL_SERVICE_QUOTAS, and a resources file that names the instance, the group and a plan file but no
 * numbers - with the suite in a child JVM. The world lives in eu-central-1 / eu-west-2 so region handling
 * is visible. The profile's access key id is not 12 digits: the simulator maps it to its --default-account, so
 * the account number may appear in reports while the key id and secret must not.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwsTargetIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "eu-central-1";
    private static final String REPLICA = "eu-west-2";
    private static final String ACCOUNT = "210987654321";
    private static final String KEY_ID = "AKIACONFORMANCEIT777";
    private static final String SECRET = "it-secret/" + UUID.randomUUID();
    private static final String OTHER_KEY_ID = "999988887777";
    private static final String OTHER_SECRET = "other-secret/" + UUID.randomUUID();

    @TempDir
    static Path dir;

    private static Process simulator;
    private static URI endpoint;
    private static ConnectClient east;
    private static PreparedAccount account;
    private static AwsProfiles profiles;
    private static final List<String> childOutputs = new ArrayList<>();

    @BeforeAll
    static void startSimulatorAndSeedAccount() throws IOException {
        String jar = System.getProperty("simulator.jar", "target/connect-simulator.jar");
        simulator = new ProcessBuilder(javaBinary(), "-jar", jar, "--port", "0", "--settle-delay", "0",
                "--default-account", ACCOUNT).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the simulator's ready line").contains("listening on ");
        endpoint = URI.create(line.replaceAll(".*listening on (\\S+).*", "$1"));
        east = SimulatorClients.connect(endpoint, SOURCE, KEY_ID);
        account = new PreparedAccount(endpoint, KEY_ID, SOURCE, REPLICA);
        Files.write(dir.resolve("migration-plan.txt"), List.of(account.onInstance.get(0) + "," + account.sourceFlowName));
        Files.writeString(dir.resolve("conformance-aws.properties"), String.join("\n",
                "source.region=" + SOURCE, "replica.region=" + REPLICA, "instance.id=" + account.instanceId,
                "tdg.arn=" + account.groupArn, "plan.file=migration-plan.txt", ""));
        profiles = AwsProfiles.write(dir, SOURCE, Map.of("default", List.of(OTHER_KEY_ID, OTHER_SECRET),
                "conformance", List.of(KEY_ID, SECRET)));
    }

    @AfterAll
    static void stopSimulator() {
        if (account != null) {
            account.close();
            east.close();
        }
        if (simulator != null) {
            simulator.destroy();
        }
    }

    // --- the checks

    @Test
    @Order(1)
    void readOnlyScenariosPassOnTheNamedProfileInTheConfiguredRegions() throws Exception {
        Run run = suite("readonly", "conformance", "@readonly", false);
        assertThat(run.exitCode).as(run.output).isZero();
        JsonNode runJson = JSON.readTree(run.runDirectory("aws-conformance").resolve("run.json").toFile());
        assertThat(runJson.path("label").asText()).isEqualTo("aws-conformance");
        assertThat(runJson.path("target").asText()).isEqualTo("aws");
        assertThat(runJson.path("regions").path("source").asText()).isEqualTo(SOURCE);
        assertThat(runJson.path("regions").path("replica").asText()).isEqualTo(REPLICA);
        assertThat(runJson.path("account").asText()).isEqualTo(ACCOUNT);
        assertThat(runJson.path("allowChanges").asBoolean()).isFalse();
        String junit = Files.readString(run.runDirectory("aws-conformance").resolve("junit.xml"));
        assertThat(junit).contains("The group exists and is ACTIVE in both regions")
                .contains("The telephony split covers both regions and adds up to a hundred")
                .as("the plan file and the discovered numbers reach the plan's checks")
                .contains("The numbers still to move are CLAIMED and fit on the group")
                .contains("Every number the plan moves has its flow planned");
        assertThat(run.output).contains("failed=0").doesNotContain("skipped on aws: changes resources");
        assertThat(skipReasons(run)).containsOnly(
                "skipped on aws: set other.tdg.arn in the resources file to check another account's group");
    }

    @Test
    @Order(2)
    void theProfileDecidesWhichAccountIsChecked() throws Exception {
        Run otherAccount = suite("default-profile", "default", "@RD-01", false);
        assertThat(otherAccount.exitCode).as("the default profile's account holds no such group").isEqualTo(1);
        Run propertyWins = suite("profile-property", "default", "@RD-01", false,
                "-Dconformance.aws.profile=conformance");
        assertThat(propertyWins.exitCode).as(propertyWins.output).isZero();
        assertThat(propertyWins.runDirectory("aws-conformance").resolve("run.json")).exists();
    }

    @Test
    @Order(3)
    void changingScenariosRunOnlyWhenAllowedAndPutEverythingBack() throws Exception {
        AccountSnapshot before = snapshot();
        Run withoutAllow = suite("no-allow", "conformance", "@PN-05", false);
        assertThat(withoutAllow.exitCode).as(withoutAllow.output).isZero();
        assertThat(skipReasons(withoutAllow)).hasSize(2)
                .containsOnly("skipped on aws: changes resources; allow with --allow-changes (Maven: -Dconformance.allowChanges=true)");
        assertThat(withoutAllow.output).contains("succeeded=0");
        assertThat(snapshot()).isEqualTo(before);

        Run allowed = suite("allow", "conformance", "@PN-05", true);
        assertThat(allowed.exitCode).as(allowed.output).isZero();
        assertThat(skipReasons(allowed)).isEmpty();
        assertThat(JSON.readTree(allowed.runDirectory("aws-conformance").resolve("run.json").toFile())
                .path("allowChanges").asBoolean()).isTrue();
        assertThat(snapshot()).as("the group and number the scenarios made are gone again").isEqualTo(before);
    }

    @Test
    @Order(4)
    void aFailingScenarioStillPutsBackWhatItChanged() throws Exception {
        AccountSnapshot before = snapshot();
        Run failing = suite("failing", "conformance", "@mutating", true,
                "-Dcucumber.features=classpath:dev/connectconformance/harness/restore-after-failure.feature",
                "-Dcucumber.glue=dev.connectconformance.suite.steps,dev.connectconformance.harness");
        assertThat(failing.exitCode).as(failing.output).isEqualTo(1);
        assertThat(failing.output).contains("failing on purpose");
        assertThat(snapshot()).as("the claimed number is released and the group deleted").isEqualTo(before);
    }

    @Test
    @Order(5)
    void noCredentialAppearsInAnyOutputOrReportFile() throws IOException {
        List<String> texts = new ArrayList<>(childOutputs);
        try (Stream<Path> files = Files.walk(dir.resolve("reports"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(texts).hasSizeGreaterThan(childOutputs.size());
        for (String secret : List.of(KEY_ID, SECRET, OTHER_KEY_ID, OTHER_SECRET)) {
            assertThat(texts).noneMatch(text -> text.contains(secret));
        }
    }

    // --- running the suite in a child JVM

    private record Run(int exitCode, String output, Path reports) {
        Path runDirectory(String label) {
            return reports.resolve("runs").resolve(label);
        }
    }

    private static Run suite(String name, String profile, String tags, boolean allowChanges, String... extra)
            throws IOException, InterruptedException {
        Path reports = dir.resolve("reports").resolve(name);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", testClassPath(),
                "-Dconformance.target=aws", "-Dconformance.aws.config=" + dir.resolve("conformance-aws.properties"),
                "-Dconformance.reports.dir=" + reports, "-Dcucumber.filter.tags=" + tags,
                "-Dconformance.allowChanges=" + allowChanges));
        command.addAll(List.of(extra));
        command.add(SuiteLauncher.class.getName());
        command.add(Path.of("features").toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("AWS_"));
        env.putAll(profiles.environment(endpoint.toString(), endpoint.toString()));
        env.put("AWS_PROFILE", profile);
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the suite finished").isTrue();
        childOutputs.add(output);
        return new Run(child.exitValue(), output, reports);
    }

    private static List<String> skipReasons(Run run) throws IOException {
        List<String> reasons = new ArrayList<>();
        for (JsonNode message : messages(run)) {
            JsonNode result = message.path("testStepFinished").path("testStepResult");
            if ("SKIPPED".equals(result.path("status").asText()) && result.hasNonNull("message")) {
                reasons.add(result.path("message").asText());
            }
        }
        return reasons;
    }

    private static List<JsonNode> messages(Run run) throws IOException {
        List<JsonNode> messages = new ArrayList<>();
        for (String line : Files.readAllLines(run.runDirectory("aws-conformance").resolve("cucumber.ndjson"))) {
            messages.add(JSON.readTree(line));
        }
        return messages;
    }

    /** What a scenario could leave behind: the account's numbers and the instance's groups. */
    private record AccountSnapshot(List<String> numbers, List<String> groups) {
    }

    private static AccountSnapshot snapshot() {
        List<String> numbers = new ArrayList<>();
        east.listPhoneNumbersV2Paginator(b -> b.maxResults(100)).listPhoneNumbersSummaryList()
                .forEach(n -> numbers.add(n.phoneNumberArn() + " on " + n.targetArn()));
        List<String> groups = new ArrayList<>();
        east.listTrafficDistributionGroupsPaginator(b -> b.instanceId(account.instanceId))
                .trafficDistributionGroupSummaryList()
                .forEach(g -> groups.add(g.arn() + " " + g.statusAsString()));
        return new AccountSnapshot(numbers.stream().sorted().toList(), groups.stream().sorted().toList());
    }

    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
