package dev.connectconformance.report;

import static dev.connectconformance.report.MessagesFixture.Step.passed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConformanceReportCliTest {

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
                .contains("aws-sandbox (aws): rules 1 passed, 0 failed, 0 skipped, 36 not covered");
        assertThat(Files.readString(out)).contains("123456789012");
    }

    private static String runCli(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new ConformanceReportCli()).execute(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
