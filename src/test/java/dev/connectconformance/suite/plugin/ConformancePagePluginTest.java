package dev.connectconformance.suite.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.report.ConformanceReport;
import dev.connectconformance.report.FixtureRuns;
import dev.connectconformance.report.ReportOptions;
import dev.connectconformance.report.RuleCatalogue;
import dev.connectconformance.report.RunAccount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the fixture feature through Cucumber with the run's Cucumber files and this plugin in either order. */
class ConformancePagePluginTest {

    /** The fixture covers 17 rules; the rest of the bundled catalogue is not covered. */
    private static final int NOT_COVERED = RuleCatalogue.bundled().rules().size() - 17;

    @TempDir
    Path reports;

    /** What the plugin prints: asserted on, never shown in the build's output (its fixture failures are deliberate). */
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private ConformancePagePlugin plugin() {
        return new ConformancePagePlugin(reports, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pageIsCompleteEvenWhenThePluginRunsBeforeTheMessageFileIsClosed() throws Exception {
        Path ndjson = reports.resolve("runs/simulator/cucumber.ndjson");
        FixtureRuns.run(reports, "simulator", "simulator", RunAccount.perScenarioAccounts(),
                List.of(plugin(), new NdjsonAtTestRunFinished(ndjson)), List.of());

        assertThat(NdjsonAtTestRunFinished.seen).as("the file a naive plugin would read is not finished yet")
                .doesNotContain("\"testRunFinished\"");
        assertThat(Files.readString(ndjson)).contains("\"testRunFinished\"");
        assertThat(printed()).contains("Conformance report: " + reports.resolve("index.html"))
                .contains("simulator (simulator): rules 16 passed, 1 failed, 0 skipped, " + NOT_COVERED + " not covered; "
                        + "scenarios 17: 16 passed, 1 failed, 0 skipped");
        assertThat(withoutGeneratedAt(Files.readString(reports.resolve("index.html"))))
                .as("the page from memory equals the page from the finished files")
                .isEqualTo(withoutGeneratedAt(regenerateFromDisk()));
    }

    @Test
    void pluginAfterTheMessagePluginMergesWithEarlierRuns() throws Exception {
        FixtureRuns.run(reports, "simulator", "simulator", RunAccount.perScenarioAccounts());

        FixtureRuns.run(reports, "aws-sandbox", "aws", RunAccount.of("123456789012"), List.of(), List.of(plugin()));

        assertThat(printed()).contains("simulator (simulator): rules 16 passed")
                .contains("aws-sandbox (aws): rules 9 passed, 3 failed, 5 skipped, " + NOT_COVERED + " not covered; "
                        + "scenarios 17: 9 passed, 3 failed, 5 skipped")
                .contains("targets disagree on TDG-05, PN-13");
        String page = Files.readString(reports.resolve("index.html"));
        assertThat(page).contains("data-target=\"aws-sandbox\" data-status=\"skipped\"")
                .contains("skipped on aws: needs simulator controls (clock, quotas)")
                .contains("********9012").doesNotContain("123456789012");
    }

    @Test
    void theRunFilesAndThePageNameFeaturesByTheirPathUnderFeatures() throws Exception {
        ConformancePagePlugin plugin = plugin();
        Path run = FixtureRuns.run(reports, "aws-sandbox", "aws", RunAccount.of("123456789012"), List.of(plugin), List.of());

        for (String file : List.of("cucumber.ndjson", "cucumber.html", "junit.xml")) {
            assertThat(Files.readString(run.resolve(file))).as(file)
                    .doesNotContain("classpath:").doesNotContain("dev/connectconformance/report/fixture");
        }
        assertThat(Files.readString(run.resolve("cucumber.ndjson")))
                .contains("\"uri\":\"features/report-fixture.feature\"")
                .as("the stack frame Cucumber adds for a failed step's line")
                .contains("(features/report-fixture.feature:57)");
        assertThat(Files.readString(run.resolve("cucumber.html"))).contains("features/report-fixture.feature");
        assertThat(plugin.messages()).as("the plugin's copy of the run is the stream written to cucumber.ndjson")
                .isEqualTo(Files.readAllBytes(run.resolve("cucumber.ndjson")));
        assertThat(Files.readString(reports.resolve("index.html")))
                .as("the page read this run from memory, the same stream as the file")
                .contains("aws-sandbox: failed (features/report-fixture.feature:55)");
    }

    @Test
    void currentRunIsTheDirectoryWhoseFileIsAPrefixOfThisRunsMessages() throws IOException {
        Path runs = Files.createDirectories(reports.resolve("runs"));
        write(runs.resolve("simulator"), "{\"meta\":{}}\n{\"testRunStarted\":{\"timestamp\":1}}\n");
        write(runs.resolve("aws-old"), "{\"meta\":{}}\n{\"testRunStarted\":{\"timestamp\":2}}\n{\"testRunFinished\":{}}\n");
        byte[] thisRun = "{\"meta\":{}}\n{\"testRunStarted\":{\"timestamp\":1}}\n{\"testRunFinished\":{}}\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(ConformancePagePlugin.currentRunDirectory(runs, thisRun)).contains(runs.resolve("simulator"));
        assertThat(ConformancePagePlugin.currentRunDirectory(runs, "{\"other\":1}\n".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    private static void write(Path dir, String ndjson) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("cucumber.ndjson"), ndjson);
    }

    private String regenerateFromDisk() throws IOException {
        Path copy = reports.resolve("from-disk.html");
        ConformanceReport.withBundledCatalogue().generate(reports.resolve("runs"), copy, ReportOptions.defaults(),
                Instant.now());
        return Files.readString(copy);
    }

    private static String withoutGeneratedAt(String page) {
        return page.replaceAll("generated [0-9-]+ [0-9:]+ UTC", "generated (time)");
    }
}
