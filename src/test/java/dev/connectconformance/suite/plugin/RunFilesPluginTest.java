package dev.connectconformance.suite.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.report.RunAccount;
import dev.connectconformance.suite.target.AwsTarget;
import dev.connectconformance.suite.target.SimulatorTarget;
import dev.connectconformance.suite.target.TargetSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What run.json says about the accounts, target by target. */
class RunFilesPluginTest {

    @TempDir
    Path reports;

    private TargetSettings settings(String target) {
        return new TargetSettings(target, target, "us-east-1", "us-west-2", false, Optional.empty(),
                Path.of("conformance-aws.example.properties"), reports);
    }

    @Test
    void theSimulatorGivesEachScenarioItsOwnAccount() {
        try (SimulatorTarget simulator = new SimulatorTarget(settings(TargetSettings.SIMULATOR))) {
            assertThat(RunFilesPlugin.account(Optional.of(simulator))).isEqualTo(RunAccount.perScenarioAccounts());
        }
    }

    @Test
    void aRealAccountIsTheOneItsResourcesFileNames() {
        try (AwsTarget aws = new AwsTarget(settings(TargetSettings.AWS))) {
            assertThat(RunFilesPlugin.account(Optional.of(aws))).isEqualTo(RunAccount.of("111122223333"));
        }
    }

    @Test
    void runJsonSaysWhetherChangingScenariosRan() {
        Instant start = Instant.parse("2026-11-24T15:00:00Z");
        Instant end = Instant.parse("2026-11-24T15:02:07Z");
        TargetSettings allowed = new TargetSettings(TargetSettings.AWS, "aws-sandbox", "eu-central-1", "eu-west-2",
                true, Optional.of("sandbox"), Path.of("conformance-aws.properties"), reports);

        assertThat(RunFilesPlugin.runJson(settings(TargetSettings.SIMULATOR), RunAccount.perScenarioAccounts(),
                start, end).toString()).as("every scenario runs on the simulator's throw-away accounts").isEqualTo(
                "{\"label\":\"simulator\",\"target\":\"simulator\",\"regions\":{\"source\":\"us-east-1\","
                        + "\"replica\":\"us-west-2\"},\"account\":null,\"accounts\":\"per-scenario\","
                        + "\"startedAt\":\"2026-11-24T15:00:00Z\",\"finishedAt\":\"2026-11-24T15:02:07Z\","
                        + "\"allowChanges\":true}");
        assertThat(RunFilesPlugin.runJson(settings(TargetSettings.AWS), RunAccount.of("111122223333"), start, end)
                .path("allowChanges").booleanValue()).as("a real account without the allow").isFalse();
        assertThat(RunFilesPlugin.runJson(allowed, RunAccount.of("111122223333"), start, end)
                .path("allowChanges").booleanValue()).isTrue();
    }

    @Test
    void withoutAStartedTargetTheAccountIsUnknown() {
        assertThat(RunFilesPlugin.account(Optional.empty())).isEqualTo(RunAccount.unknown());
    }
}
