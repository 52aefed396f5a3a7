package dev.connectconformance.simulator.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.commandline.PlainCommandLine;
import dev.connectconformance.simulator.StandaloneSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The edge options of the standalone simulator: a bad value is one plain line and exit code 2, nothing started. */
class StandaloneOptionsTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine commandLine = PlainCommandLine.of(new StandaloneSimulator());
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void assertOneLine(String... parts) {
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).startsWith("connect-simulator: ").contains(parts)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anOriginThatIsNotOneIsRefused() {
        assertThat(execute("--port", "0", "--allow-origin", "localhost:3000")).isEqualTo(2);
        assertOneLine("not an origin: 'localhost:3000'");
    }

    @Test
    void aShortAdminTokenIsRefused() {
        assertThat(execute("--port", "0", "--admin-token", "secret")).isEqualTo(2);
        assertOneLine("an admin token must be 16 to 512 visible ASCII characters");
    }

    @Test
    void aMissingOrBrokenCredentialsFileIsRefused() throws Exception {
        assertThat(execute("--port", "0", "--credentials", dir.resolve("none.txt").toString())).isEqualTo(2);
        assertOneLine("cannot read credentials file");
        err.getBuffer().setLength(0);
        Path broken = Files.writeString(dir.resolve("keys.txt"), "AKIAONE secret-only\n");
        assertThat(execute("--port", "0", "--credentials", broken.toString())).isEqualTo(2);
        assertOneLine("keys.txt line 1", "ACCESS_KEY_ID SECRET_ACCESS_KEY ACCOUNT");
    }

    @Test
    void aSettleDelayBeyondAHundredYearsIsRefused() {
        assertThat(execute("--port", "0", "--settle-delay", "99999999999d")).isEqualTo(2);
        assertOneLine("settle delay must be between 0 and 100 years");
    }

    @Test
    void theHelpNamesTheEdgeOptions() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = PlainCommandLine.of(new StandaloneSimulator());
        commandLine.setOut(new PrintWriter(out, true));
        assertThat(commandLine.execute("--help")).isZero();
        assertThat(out.toString()).contains("--admin-token", "--allow-origin", "--credentials");
    }

    @Test
    void aThrottleModeOtherThanOffOrAwsIsRefused() {
        assertThat(execute("--port", "0", "--throttle", "fast")).isEqualTo(2);
        assertOneLine("throttle mode must be 'off' or 'aws', not 'fast'");
    }

    @Test
    void aPropagationDelayOverAnHourOrMalformedIsRefused() {
        assertThat(execute("--port", "0", "--propagation-delay", "2h")).isEqualTo(2);
        assertOneLine("the propagation delay must be between 0 and 1h");
        err.getBuffer().setLength(0);
        assertThat(execute("--port", "0", "--propagation-delay", "soon")).isEqualTo(2);
        assertOneLine("not a duration: 'soon'");
    }
}
