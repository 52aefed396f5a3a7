package dev.connectconformance.report;

import static dev.connectconformance.report.MessagesFixture.Step.failed;
import static dev.connectconformance.report.MessagesFixture.Step.passed;
import static dev.connectconformance.report.MessagesFixture.Step.skippedBecause;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceReportTest {

    /** The bundled catalogue grows with the rules; counts of rules not covered follow it. */
    private static final int CATALOGUE_SIZE = RuleCatalogue.bundled().rules().size();

    private static final Instant NOW = Instant.parse("2026-11-24T15:05:00Z");
    private static final String HOSTILE = "expected <ResourceNotFoundException> & got \"200\" for 'arn'";

    @TempDir
    Path reports;

    private Path runs() {
        return reports.resolve("runs");
    }

    private void twoTargets() {
        MessagesFixture simulator = new MessagesFixture();
        simulator.scenario("Move a <number> & keep \"it\"", "@PN-01", "@TDG-01").run(passed());
        simulator.scenario("Refused from the replica region", "@PN-04").run(passed());
        simulator.scenario("Description changes through the API", "@PN-14", "@drift").run(passed());
        simulator.writeRun(runs(), "simulator", "simulator", RunAccount.perScenarioAccounts());

        MessagesFixture aws = new MessagesFixture();
        aws.scenario("Move a <number> & keep \"it\"", "@PN-01", "@TDG-01").run(passed());
        aws.scenario("Refused from the replica region", "@PN-04").run(failed(HOSTILE));
        aws.scenario("Description changes through the API", "@PN-14", "@drift")
                .run(skippedBecause("skipped on aws: needs simulator controls (clock, quotas)"));
        aws.writeRun(runs(), "aws-sandbox", "aws", RunAccount.of("210987654321"));
    }

    private String generate(ReportOptions options) throws IOException {
        ConformanceReport.Result result = ConformanceReport.withBundledCatalogue()
                .generate(runs(), reports.resolve("index.html"), options, NOW);
        assertThat(result.page()).isEqualTo(reports.resolve("index.html"));
        return Files.readString(reports.resolve("index.html"));
    }

    @Test
    void everyCatalogueRuleHasARowAndEveryTargetAColumn() throws IOException {
        twoTargets();

        String page = generate(ReportOptions.defaults());

        for (Rule rule : RuleCatalogue.bundled().rules()) {
            assertThat(page).contains("<tr id=\"" + rule.id() + "\"");
        }
        assertThat(page).contains("<th class=\"target-column\" data-target=\"simulator\">simulator</th>"
                + "<th class=\"target-column\" data-target=\"aws-sandbox\">aws-sandbox</th>");
        assertThat(page).contains("data-target=\"aws-sandbox\" data-count=\"rules-failed\"><b>1</b>");
        assertThat(page).contains("data-target=\"simulator\" data-count=\"rules-passed\"><b>4</b>");
    }

    @Test
    void messagesAndNamesAreEscaped() throws IOException {
        twoTargets();

        String page = generate(ReportOptions.defaults());

        assertThat(page).contains("expected &lt;ResourceNotFoundException&gt; &amp; got &quot;200&quot; for &#39;arn&#39;")
                .doesNotContain(HOSTILE)
                .contains("Move a &lt;number&gt; &amp; keep &quot;it&quot;")
                .doesNotContain("<number>");
    }

    @Test
    void skipReasonDisagreementAndDriftAreShown() throws IOException {
        twoTargets();

        String page = generate(ReportOptions.defaults());

        assertThat(page).contains("skipped on aws: needs simulator controls (clock, quotas)");
        assertThat(page).contains("<tr id=\"PN-04\" data-rule=\"PN-04\" class=\"disagree\">")
                .contains("Targets disagree on 1 rule");
        assertThat(rowOf(page, "PN-14")).contains("badge drift");
        assertThat(rowOf(page, "PN-07")).contains("partly inferred").contains("not covered");
    }

    @Test
    void accountIsMaskedUnlessAskedForInFull() throws IOException {
        twoTargets();

        String masked = generate(ReportOptions.defaults());
        assertThat(masked).contains("<dt>Account</dt><dd>********4321</dd>").doesNotContain("210987654321");

        String full = generate(new ReportOptions(true));
        assertThat(full).contains("<dt>Account</dt><dd>210987654321</dd>");
    }

    @Test
    void theSimulatorsCardSaysEveryScenarioHadItsOwnAccountAndRanAndTheAwsCardThatItWasReadOnly() throws IOException {
        twoTargets();

        String page = generate(new ReportOptions(true));

        assertThat(cardOf(page, "simulator")).contains("<dt>Account</dt><dd>a fresh one per scenario</dd>")
                .contains("<dt>Changes</dt><dd>allowed</dd>").doesNotContain("read-only");
        assertThat(cardOf(page, "aws-sandbox")).contains("<dt>Changes</dt><dd>read-only</dd>");
    }

    @Test
    void anOlderRunJsonWithOneAccountStillShowsIt() throws IOException {
        twoTargets();
        Files.writeString(runs().resolve("simulator").resolve("run.json"), """
                {"label":"simulator","target":"simulator","account":"123456789012","allowChanges":false}""");

        assertThat(cardOf(generate(ReportOptions.defaults()), "simulator"))
                .contains("<dt>Account</dt><dd>********9012</dd>");
    }

    @Test
    void scenariosLinkIntoTheirRunsCucumberReport() throws IOException {
        twoTargets();

        String page = generate(ReportOptions.defaults());

        assertThat(page).contains("href=\"runs/aws-sandbox/cucumber.html?query=%40PN-04\"")
                .contains("href=\"runs/simulator/cucumber.html\">Cucumber report</a>");
    }

    @Test
    void aBrokenRunIsShownWithoutHidingTheOthers() throws IOException {
        twoTargets();
        Files.writeString(runs().resolve("aws-sandbox").resolve("run.json"), "{not json");

        String page = generate(ReportOptions.defaults());

        assertThat(page).contains("run.json unreadable").contains("data-target=\"simulator\" data-count=\"rules-passed\"");
    }

    @Test
    void noRunsGiveAPageThatSaysSo() throws IOException {
        String page = generate(ReportOptions.defaults());

        assertThat(page).contains("No runs yet").contains("<tr id=\"WF-01\"");
    }

    @Test
    void summaryNamesThePageAndTheTotalsPerTarget() throws IOException {
        twoTargets();

        String summary = ConformanceReport.withBundledCatalogue()
                .generate(runs(), reports.resolve("index.html"), ReportOptions.defaults(), NOW).summary();

        assertThat(summary).contains("Conformance report: " + reports.resolve("index.html"))
                .contains("simulator (simulator): rules 4 passed, 0 failed, 0 skipped, " + (CATALOGUE_SIZE - 4)
                        + " not covered; scenarios 3: 3 passed")
                .contains("aws-sandbox (aws): rules 2 passed, 1 failed, 1 skipped, " + (CATALOGUE_SIZE - 4)
                        + " not covered")
                .contains("targets disagree on PN-04");
    }

    private static String cardOf(String page, String label) {
        int start = page.indexOf("<div class=\"target\" data-target=\"" + label + "\">");
        return page.substring(start, page.indexOf("</dl>", start));
    }

    private static String rowOf(String page, String ruleId) {
        int start = page.indexOf("<tr id=\"" + ruleId + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
