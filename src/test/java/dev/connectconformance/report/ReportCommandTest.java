package dev.connectconformance.report;

import static dev.connectconformance.report.MessagesFixture.Step.passed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.cli.ReportCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

    @TempDir
    Path reports;

    @Test
    void mergesExistingRunsAndPrintsTotalsAndThePage() throws Exception {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Assign to the TDG", "@PN-01").run(passed());
        messages.writeRun(reports.resolve("runs"), "aws-sandbox", "aws", RunAccount.of("123456789012"));
        Path out = reports.resolve("index.html");

        String printed = runCli("--runs", reports.resolve("runs").toString(), "--out", out.toString(),
                "--show-account");

        assertThat(printed).contains("Conformance report: " + out)
                .contains("aws-sandbox (aws): rules 1 passed, 0 failed, 0 skipped, "
                        + (RuleCatalogue.bundled().rules().size() - 1) + " not covered");
        assertThat(Files.readString(out)).contains("123456789012");
    }

    private static String runCli(String... args) {
        StringWriter printed = new StringWriter();
        CommandLine cli = new CommandLine(new ReportCommand()).setOut(new PrintWriter(printed, true));
        assertThat(cli.execute(args)).isZero();
        return printed.toString();
    }
}
