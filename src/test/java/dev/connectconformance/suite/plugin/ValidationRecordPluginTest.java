package dev.connectconformance.suite.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.report.FixtureRuns;
import dev.connectconformance.report.RunAccount;
import dev.connectconformance.report.ScenarioResult;
import dev.connectconformance.report.ScenarioStatus;
import dev.connectconformance.report.ValidationRecord;
import dev.connectconformance.suite.target.TargetSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation record: written for a run on a real account, never for the simulator, with nothing secret. */
class ValidationRecordPluginTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "210987654321";
    private static final String KEY_ID = "AKIAVALIDATIONTEST77";
    private static final String SECRET = "validation/secret+key";

    @TempDir
    Path reports;

    private TargetSettings settings(String target) {
        return new TargetSettings(target, target.equals("aws") ? "aws-sandbox" : target, "eu-central-1", "eu-west-2",
                false, Optional.of("sandbox"), Path.of("conformance-aws.example.properties"), reports);
    }

    private static ScenarioResult scenario(String name, ScenarioStatus status, String... tags) {
        return new ScenarioResult(name, "features/x.feature", "x", name, 1, List.of(tags), status, Optional.empty(), 1);
    }

    @Test
    void aRunOnARealAccountIsRecordedRuleByRuleWithTheAccountMasked() throws IOException {
        List<ScenarioResult> scenarios = List.of(
                scenario("a", ScenarioStatus.PASSED, "@PN-04", "@readonly"),
                scenario("b", ScenarioStatus.FAILED, "@PN-13", "@inferred"),
                scenario("c", ScenarioStatus.PASSED, "@PN-13"),
                scenario("d", ScenarioStatus.SKIPPED, "@TDG-02"),
                scenario("e", ScenarioStatus.PASSED, "@PN-10", "@PN-2"));

        ValidationRecord record = ValidationRecordPlugin.record(settings("aws"), scenarios,
                Instant.parse("2026-12-01T23:59:00Z"), Optional.of(ACCOUNT), false);
        Path file = ValidationRecordPlugin.write(reports.resolve("validation"), record);

        assertThat(file).isEqualTo(reports.resolve("validation").resolve("2026-12-01-aws-sandbox.json"));
        JsonNode json = JSON.readTree(file.toFile());
        assertThat(json.path("account").asText()).isEqualTo("********4321");
        assertThat(json.path("endpoint").asText()).isEqualTo("aws");
        assertThat(json.path("suiteVersion").asText()).isNotBlank();
        assertThat(json.path("regions").toString()).isEqualTo("{\"source\":\"eu-central-1\",\"replica\":\"eu-west-2\"}");
        assertThat(json.path("rules").toString()).as("by area, then by number; a failed scenario fails the rule")
                .isEqualTo("{\"PN-2\":\"passed\",\"PN-04\":\"passed\",\"PN-10\":\"passed\",\"PN-13\":\"failed\","
                        + "\"TDG-02\":\"skipped\"}");
        assertThat(Files.readString(file)).doesNotContain(ACCOUNT);
        assertThat(ValidationRecord.read(json)).isEqualTo(record);
    }

    @Test
    void aFixtureRunOnAwsWritesOneRecordWithoutSecretsAndThePageCountsIt() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String previousKey = System.getProperty("aws.accessKeyId");
        String previousSecret = System.getProperty("aws.secretAccessKey");
        System.setProperty("aws.accessKeyId", KEY_ID);
        System.setProperty("aws.secretAccessKey", SECRET);
        try {
            FixtureRuns.run(reports, "aws-sandbox", "aws", RunAccount.of(ACCOUNT), List.of(), List.of(
                    new ValidationRecordPlugin(settings("aws"), new PrintStream(printed, true, StandardCharsets.UTF_8),
                            () -> false)));
        } finally {
            restore("aws.accessKeyId", previousKey);
            restore("aws.secretAccessKey", previousSecret);
        }

        List<Path> written = files(reports.resolve("validation"));
        assertThat(written).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .matches("\\d{4}-\\d{2}-\\d{2}-aws-sandbox\\.json"));
        String text = Files.readString(written.get(0));
        assertThat(text).doesNotContain(KEY_ID).doesNotContain(SECRET).doesNotContain(ACCOUNT)
                .doesNotContainIgnoringCase("secret").doesNotContainIgnoringCase("accessKey");
        JsonNode rules = JSON.readTree(text).path("rules");
        assertThat(rules.path("PN-01").asText()).isEqualTo("passed");
        assertThat(rules.path("PN-13").asText()).as("fails on aws in the fixture").isEqualTo("failed");
        assertThat(rules.path("PN-07").asText()).as("simulator-only").isEqualTo("skipped");
        assertThat(rules.has("RD-01")).as("not covered: left out").isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Validation record: " + written.get(0));
    }

    @Test
    void theSimulatorWritesNoRecord() throws IOException {
        FixtureRuns.run(reports, "simulator", "simulator", RunAccount.perScenarioAccounts(), List.of(), List.of(
                new ValidationRecordPlugin(settings("simulator"), new PrintStream(new ByteArrayOutputStream()),
                        () -> false)));

        assertThat(reports.resolve("runs").resolve("simulator").resolve("cucumber.ndjson")).exists();
        assertThat(reports.resolve("validation")).doesNotExist();
    }

    @Test
    void aRunThroughAnEndpointOverrideIsLabelledAsConfirmingNothing() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        FixtureRuns.run(reports, "aws-sandbox", "aws", RunAccount.of(ACCOUNT), List.of(), List.of(
                new ValidationRecordPlugin(settings("aws"), new PrintStream(printed, true, StandardCharsets.UTF_8),
                        () -> true)));

        JsonNode json = JSON.readTree(files(reports.resolve("validation")).get(0).toFile());
        assertThat(json.path("endpoint").asText()).isEqualTo("custom");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("confirms nothing about AWS");
    }

    @Test
    void theSdkSaysWhetherTheEndpointIsOverridden() {
        String previous = System.getProperty("aws.endpointUrlConnect");
        System.setProperty("aws.endpointUrlConnect", "http://127.0.0.1:1");
        try {
            assertThat(ConfiguredEndpoint.overridden(Optional.empty(), "eu-central-1")).isTrue();
        } finally {
            restore("aws.endpointUrlConnect", previous);
        }
    }

    @Test
    void recordGoesWhereTheRunWasToldToRecord() {
        String previous = System.getProperty("conformance.record.dir");
        try {
            System.clearProperty("conformance.record.dir");
            assertThat(ValidationRecordPlugin.recordDirectory(settings("aws"))).isEqualTo(reports.resolve("validation"));
            System.setProperty("conformance.record.dir", "validation");
            assertThat(ValidationRecordPlugin.recordDirectory(settings("aws"))).isEqualTo(Path.of("validation"));
        } finally {
            restore("conformance.record.dir", previous);
        }
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.toList();
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
