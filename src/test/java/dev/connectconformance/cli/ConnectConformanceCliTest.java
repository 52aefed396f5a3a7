package dev.connectconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Command-line mistakes: one plain line on standard error, exit code 2, nothing run. */
class ConnectConformanceCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Properties saved;

    @BeforeEach
    void saveSystemProperties() {
        saved = (Properties) System.getProperties().clone();
    }

    @AfterEach
    void restoreSystemProperties() {
        System.setProperties(saved); // run sets conformance.* and cucumber.* for the suite it launches
    }

    private int execute(String... args) {
        CommandLine commandLine = ConnectConformanceCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void assertOnePlainLine(String... fragments) {
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains(fragments).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownOptionIsOneLineAndExitCodeTwo() {
        assertThat(execute("run", "--tagz", "@PN-04")).isEqualTo(2);
        assertOnePlainLine("connect-conformance run:", "--tagz");
    }

    @Test
    void noCommandAtAllNamesTheCommands() {
        assertThat(execute()).isEqualTo(2);
        assertOnePlainLine("name a command: run, readiness, snapshot, rehearse, migrate, report or simulator");
    }

    @Test
    void aTargetOtherThanSimulatorOrAwsIsRefused() {
        assertThat(execute("run", "--target", "azure")).isEqualTo(2);
        assertOnePlainLine("conformance.target must be simulator or aws, not azure");
    }

    @Test
    void aTagExpressionThatDoesNotParseIsRefused() {
        assertThat(execute("run", "--tags", "@PN-04 and (")).isEqualTo(2);
        assertOnePlainLine("--tags @PN-04 and ( is not a tag expression");
    }

    @Test
    void threadsMustBeAWholeNumberOfAtLeastOne() {
        for (String threads : new String[] {"0", "-2", "many"}) {
            err.getBuffer().setLength(0);
            assertThat(execute("run", "--threads", threads)).isEqualTo(2);
            assertOnePlainLine("--threads must be a whole number of at least 1, not '" + threads + "'");
        }
    }

    @Test
    void aFeaturesFolderThatDoesNotExistIsRefused() {
        assertThat(execute("run", "--features", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertOnePlainLine("--features", "is not a folder");
    }

    @Test
    void theAwsTargetWithoutAResourcesFileSaysWhichFileItNeeds() {
        Path missing = dir.resolve("conformance-aws.properties");
        assertThat(execute("run", "--target", "aws", "--resources", missing.toString())).isEqualTo(2);
        assertOnePlainLine("the aws target needs a resources file", missing.toString());
    }

    @Test
    void theAwsTargetWithoutCredentialsSaysHowToNameThem() throws Exception {
        Path resources = dir.resolve("resources.properties");
        Files.writeString(resources, """
                instance.id=11111111-2222-3333-4444-555555555555
                tdg.arn=arn:aws:connect:us-east-1:111122223333:traffic-distribution-group/abc
                """);
        assertThat(execute("run", "--target", "aws", "--resources", resources.toString(),
                "--profile", "no-such-profile-" + System.nanoTime())).isEqualTo(2);
        assertOnePlainLine("no AWS credentials for profile no-such-profile-", "--profile");
    }

    private static final String GROUP = "arn:aws:connect:us-east-1:111122223333:traffic-distribution-group/abc";

    @Test
    void readinessNeedsTheGroup() {
        assertThat(execute("readiness")).isEqualTo(2);
        assertOnePlainLine("connect-conformance readiness:", "Missing required option: '--tdg=TDG_ARN'");
    }

    @Test
    void readinessRefusesAGroupArnThatIsNone() {
        assertThat(execute("readiness", "--tdg", "arn:aws:connect:us-east-1:111122223333:instance/abc")).isEqualTo(2);
        assertOnePlainLine("--tdg must be the full ARN of a traffic distribution group",
                "not 'arn:aws:connect:us-east-1:111122223333:instance/abc'");
    }

    @Test
    void readinessNamesThePlanLineItCannotRead() throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, "+14155550123\n4155550124, Sales\n");
        assertThat(execute("readiness", "--tdg", GROUP, "--plan", plan.toString())).isEqualTo(2);
        assertOnePlainLine(plan + " line 2: '4155550124' is neither the full ARN of a phone number");
    }

    @Test
    void readinessRefusesANegativeQuota() {
        assertThat(execute("readiness", "--tdg", GROUP, "--quota", "-1")).isEqualTo(2);
        assertOnePlainLine("--quota must be 0 or more, not -1");
    }

    @Test
    void readinessWithoutCredentialsSaysHowToNameThem() {
        assertThat(execute("readiness", "--tdg", GROUP, "--profile", "no-such-profile-" + System.nanoTime(),
                "--reports", dir.resolve("reports").toString())).isEqualTo(2);
        assertOnePlainLine("connect-conformance readiness: no AWS credentials for profile no-such-profile-");
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    @Test
    void reportWithoutRunsSaysSo() {
        assertThat(execute("report", "--runs", dir.resolve("runs").toString())).isEqualTo(2);
        assertOnePlainLine("connect-conformance report:", "no runs to merge");
    }

    @Test
    void theSimulatorRefusesAPortOutOfRange() {
        assertThat(execute("simulator", "--port", "70000")).isEqualTo(2);
        assertOnePlainLine("connect-conformance simulator:", "--port must be between 0 and 65535");
    }

    @Test
    void versionAndHelpAnswerForEveryCommand() {
        assertThat(execute("--version")).isZero();
        assertThat(out.toString()).startsWith("connect-conformance ");
        for (String command : new String[] {"run", "readiness", "report", "simulator"}) {
            assertThat(execute(command, "--help")).isZero();
        }
        assertThat(out.toString()).contains("--allow-changes", "--runs", "--settle-delay", "--plan", "--replica-region",
                "Exit code: 0 ready, 1 not ready, 2 could not check.");
    }
}
