package dev.connectconformance.report;

import static dev.connectconformance.report.MessagesFixture.Step.passed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's "On AWS" column and contradiction marks, read from committed validation records. */
class AwsConfirmationPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    /** The "On AWS" cell of a rule's row: its state and dates as data attributes. */
    private static final Pattern AWS_CELL = Pattern.compile(
            "<tr id=\"([A-Z]+-\\d+)\"[^>]*>.*?<td class=\"aws\" data-aws=\"(\\w+)\"((?: data-\\w+=\"[^\"]*\")*)>");

    @TempDir
    Path reports;
    @TempDir
    Path committed;

    private void record(Path directory, String date, String endpoint, Map<String, RuleStatus> rules) throws IOException {
        ValidationRecord record = new ValidationRecord(LocalDate.parse(date), "aws-sandbox", "0.1.0", endpoint,
                "********4321", Map.of("source", "eu-central-1"), true, Optional.empty(), rules);
        Files.createDirectories(directory);
        JSON.writeValue(directory.resolve(record.fileName()).toFile(), record.toJson(JSON));
    }

    private static Map<String, RuleStatus> rules(Object... idsAndStatuses) {
        Map<String, RuleStatus> rules = new LinkedHashMap<>();
        for (int i = 0; i < idsAndStatuses.length; i += 2) {
            rules.put((String) idsAndStatuses[i], (RuleStatus) idsAndStatuses[i + 1]);
        }
        return rules;
    }

    private String page() throws IOException {
        MessagesFixture simulator = new MessagesFixture();
        simulator.scenario("Refused from the replica region", "@PN-04").run(passed());
        simulator.writeRun(reports.resolve("runs"), "simulator", "simulator", RunAccount.perScenarioAccounts());
        ConformanceReport.withBundledCatalogue().withValidationRecordsIn(List.of(committed, reports.resolve("validation")))
                .generate(reports.resolve("runs"), reports.resolve("index.html"), ReportOptions.defaults(), NOW);
        return Files.readString(reports.resolve("index.html"));
    }

    /** Rule id to its cell's state and attributes, e.g. PN-04 -> confirmed data-confirmed="2026-11-30". */
    private static Map<String, String> awsCells(String page) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String row : page.split("\n")) {
            Matcher cell = AWS_CELL.matcher(row);
            if (cell.find()) {
                cells.put(cell.group(1), (cell.group(2) + cell.group(3)).trim());
            }
        }
        return cells;
    }

    @Test
    void eachRuleSaysWhenAwsLastConfirmedItOrNever() throws IOException {
        record(committed, "2026-10-01", "aws", rules("PN-04", RuleStatus.PASSED, "PN-08", RuleStatus.FAILED));
        record(committed, "2026-11-30", "aws", rules("PN-04", RuleStatus.PASSED, "PN-08", RuleStatus.PASSED,
                "TDG-01", RuleStatus.SKIPPED));
        record(reports.resolve("validation"), "2026-12-01", "aws", rules("CF-02", RuleStatus.FAILED));

        Map<String, String> cells = awsCells(page());

        assertThat(cells).hasSize(RuleCatalogue.bundled().rules().size());
        assertThat(cells.get("PN-04")).isEqualTo("confirmed data-confirmed=\"2026-11-30\"");
        assertThat(cells.get("PN-08")).as("a later pass settles an earlier failure")
                .isEqualTo("confirmed data-confirmed=\"2026-11-30\"");
        assertThat(cells.get("TDG-01")).as("a skip confirms nothing").isEqualTo("never");
        assertThat(cells.get("CF-02")).as("records next to the reports count too")
                .isEqualTo("failed data-failed=\"2026-12-01\"");
        assertThat(cells.get("RD-01")).isEqualTo("never");
    }

    @Test
    void anInferredRuleThatFailedOnAwsIsFlaggedAsContradicted() throws IOException {
        record(committed, "2026-11-30", "aws", rules("PN-13", RuleStatus.FAILED, "PN-12", RuleStatus.PASSED,
                "PN-04", RuleStatus.FAILED));

        String page = page();

        assertThat(page).contains("<div class=\"note bad\" data-note=\"contradicted\"><b>Inferences contradicted "
                + "on AWS:</b> <a href=\"#PN-13\">PN-13</a> (");
        assertThat(rowOf(page, "PN-13")).contains("<span class=\"badge contradicted\"");
        assertThat(rowOf(page, "PN-12")).as("inferred, confirmed").doesNotContain("badge contradicted");
        assertThat(rowOf(page, "PN-04")).as("documented: a failure, but no inference to contradict")
                .doesNotContain("badge contradicted").contains("failed on AWS: 2026-11-30");
    }

    @Test
    void recordsOfAnotherEndpointConfirmNothingAndBrokenFilesAreNamed() throws IOException {
        record(committed, "2026-11-30", "custom", rules("PN-04", RuleStatus.PASSED, "PN-13", RuleStatus.FAILED));
        Files.writeString(committed.resolve("notes.json"), "{\"format\": 7}");

        String page = page();

        assertThat(awsCells(page).get("PN-04")).isEqualTo("never");
        assertThat(page).doesNotContain("data-note=\"contradicted\"")
                .contains("0 records of runs against AWS; 1 record of runs against another endpoint")
                .contains("<b>Validation records not read:</b> " + committed.resolve("notes.json")
                        + " (format 7 is not 1)");
    }

    @Test
    void withoutRecordsThePageSaysSo() throws IOException {
        assertThat(page()).contains("No validation records (<code>validation/*.json</code>)");
    }

    @Test
    void observedSourcesLinkTheIssueTheyCite() {
        RuleCatalogue catalogue = RuleCatalogue.parse("## PN: phone numbers\n"
                + "- **PN-16** ListPhoneNumbers gives the legacy ARN form. [api][observed:\n"
                + "  boto/boto3 issue 3368]\n");
        Rule rule = catalogue.rule("PN-16").orElseThrow();
        assertThat(rule.sources()).containsExactlyInAnyOrder(RuleSource.API, RuleSource.OBSERVED);
        assertThat(rule.citations(RuleSource.OBSERVED)).containsExactly("boto/boto3 issue 3368");

        String page = new HtmlReportRenderer(ReportOptions.defaults(), "runs/")
                .render(new ConformanceMatrix(catalogue, List.of()), NOW);

        assertThat(page).contains("<span class=\"src observed\" title=\"observed: boto/boto3 issue 3368\">observed: "
                + "<a href=\"https://github.com/boto/boto3/issues/3368\">boto/boto3#3368</a></span>");
    }

    private static String rowOf(String page, String ruleId) {
        return page.lines().filter(line -> line.startsWith("<tr id=\"" + ruleId + "\"")).findFirst().orElseThrow();
    }
}
