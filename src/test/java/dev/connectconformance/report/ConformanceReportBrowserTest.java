package dev.connectconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.browser.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as a browser shows it: headless Chromium renders reports/index.html of two fixture runs (real
 * Cucumber runs of the fixture feature, simulator and aws).
 */
class ConformanceReportBrowserTest {

    private static final Pattern COUNT = Pattern.compile(
            "data-target=\"([^\"]+)\" data-count=\"([a-z-]+)\"><b>(\\d+)</b>");

    @TempDir
    static Path reports;
    private static HeadlessChromium chromium;
    private static Path page;

    @BeforeAll
    static void renderTwoTargets() throws IOException {
        chromium = HeadlessChromium.findOrSkip(reports);
        FixtureRuns.run(reports, "simulator", "simulator", RunAccount.perScenarioAccounts());
        FixtureRuns.run(reports, "aws-sandbox", "aws", RunAccount.of("123456789012"));
        page = reports.resolve("index.html");
        ConformanceReport.withBundledCatalogue().generate(reports.resolve("runs"), page, ReportOptions.defaults(),
                Instant.now());
    }

    @Test
    void renderedPageShowsTheCountsOfEachTarget() throws Exception {
        String dom = chromium.dom(page);
        String notCovered = "rules-not-covered=" + (RuleCatalogue.bundled().rules().size() - 17);

        assertThat(counts(dom, "simulator")).containsExactly(
                "rules-passed=16", "rules-failed=1", "rules-skipped=0", notCovered,
                "scenarios=17", "scenarios-passed=16", "scenarios-failed=1", "scenarios-skipped=0");
        assertThat(counts(dom, "aws-sandbox")).containsExactly(
                "rules-passed=9", "rules-failed=3", "rules-skipped=5", notCovered,
                "scenarios=17", "scenarios-passed=9", "scenarios-failed=3", "scenarios-skipped=5");
    }

    @Test
    void renderedPageHasEveryRuleAndAColumnPerTarget() throws Exception {
        String dom = chromium.dom(page);

        for (Rule rule : RuleCatalogue.bundled().rules()) {
            assertThat(dom).as(rule.id()).contains("<tr id=\"" + rule.id() + "\"");
            assertThat(countOf(dom, "<td class=\"status\" data-target=\"simulator\"", rule.id())).isOne();
            assertThat(countOf(dom, "<td class=\"status\" data-target=\"aws-sandbox\"", rule.id())).isOne();
        }
        assertThat(dom).contains("<th class=\"target-column\" data-target=\"simulator\">simulator</th>")
                .contains("<th class=\"target-column\" data-target=\"aws-sandbox\">aws-sandbox</th>");
        assertThat(dom).as("a message with < & \" stays text in the browser")
                .contains("but &lt;ReleasePhoneNumber&gt; answered 200 &amp; status \"IN_PROGRESS\"")
                .doesNotContainIgnoringCase("<releasephonenumber>");
        assertThat(dom).contains("<tr id=\"PN-13\" data-rule=\"PN-13\" class=\"disagree\">")
                .contains("<tr id=\"TDG-05\" data-rule=\"TDG-05\" class=\"disagree\">")
                .contains("<tr id=\"PN-04\" data-rule=\"PN-04\">");
    }

    @Test
    void screenshotOfALaptopScreenIsNotBlank() throws Exception {
        Path png = reports.resolve("page.png");

        BufferedImage image = chromium.screenshot(page, 1440, 900, png);

        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(HeadlessChromium.distinctColours(image)).as("a rendered page, not an empty one").isGreaterThan(50);
        Path kept = Path.of("target", "conformance-report-browser.png");
        Files.createDirectories(kept.getParent());
        Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> counts(String dom, String target) {
        List<String> counts = new ArrayList<>();
        Matcher matcher = COUNT.matcher(dom);
        while (matcher.find()) {
            if (matcher.group(1).equals(target)) {
                counts.add(matcher.group(2) + "=" + matcher.group(3));
            }
        }
        return counts;
    }

    private static long countOf(String dom, String cellStart, String ruleId) {
        int row = dom.indexOf("<tr id=\"" + ruleId + "\"");
        String rowHtml = dom.substring(row, dom.indexOf("</tr>", row));
        return Pattern.compile(Pattern.quote(cellStart)).matcher(rowHtml).results().count();
    }
}
