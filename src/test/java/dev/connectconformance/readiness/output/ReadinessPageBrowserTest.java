package dev.connectconformance.readiness.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.account.QuotaSource;
import dev.connectconformance.account.QuotaValue;
import dev.connectconformance.browser.HeadlessChromium;
import dev.connectconformance.readiness.InventoryBuilder;
import dev.connectconformance.readiness.Readiness;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.checks.Severity;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readiness page as a browser shows it: headless Chromium renders reports/readiness/index.html of an account
 * that is not ready (a FAILED number, a number without a flow in the replica region, a 100/0 split, a plan over
 * the quota), written by the same files writer the command uses.
 */
class ReadinessPageBrowserTest {

    @TempDir
    static Path reports;
    private static HeadlessChromium chromium;
    private static Path page;
    private static ReadinessReport report;

    @BeforeAll
    static void writeTheReport() {
        chromium = HeadlessChromium.findOrSkip(reports);
        InventoryBuilder account = new InventoryBuilder();
        account.numbers.set(1, InventoryBuilder.number("n-2", "FAILED", Optional.of("the group reached its limit"),
                true, Optional.empty(), Optional.empty()));
        account.numbers.add(InventoryBuilder.number("n-4", "CLAIMED", Optional.empty(), true,
                Optional.of(InventoryBuilder.FLOW), Optional.empty()));
        account.inSource = InventoryBuilder.active(InventoryBuilder.SOURCE, InventoryBuilder.split(100, 0));
        account.quota = new QuotaValue(2, QuotaSource.APPLIED, "applied to the group itself");
        report = Readiness.judge(account.build(), Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
        List<Path> files = ReadinessFiles.write(report, reports, ReadinessFiles.defaultJson(reports));
        page = files.get(0);
    }

    @Test
    void renderedPageShowsTheVerdictTheFindingsAndTheInventory() throws Exception {
        String dom = chromium.dom(page);

        assertThat(page).isEqualTo(reports.resolve("readiness").resolve("index.html"));
        assertThat(dom).contains("data-verdict=\"not-ready\"");
        assertThat(count(dom, "data-severity=\"blocker\"")).isEqualTo(report.findings(Severity.BLOCKER).size())
                .isEqualTo(3);
        assertThat(count(dom, "data-severity=\"warning\"")).isEqualTo(1);
        assertThat(dom).contains("<span class=\"blocker\" data-count=\"blocker\">3 blockers</span>")
                .contains("<table id=\"group\">", "<table id=\"numbers\">", "<table id=\"plan\">")
                .contains("the group reached its limit", "Sales inbound", "1 over its quota of 2");
        assertThat(count(dom, "<tr data-number=")).isEqualTo(3);
    }

    @Test
    void screenshotOfALaptopScreenIsNotBlank() throws Exception {
        BufferedImage image = chromium.screenshot(page, 1440, 900, reports.resolve("readiness.png"));

        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(HeadlessChromium.distinctColours(image)).as("a rendered page, not an empty one").isGreaterThan(20);
        Path kept = Path.of("target", "readiness-report-browser.png");
        Files.createDirectories(kept.getParent());
        Files.copy(reports.resolve("readiness.png"), kept, StandardCopyOption.REPLACE_EXISTING);
    }

    private static long count(String dom, String text) {
        return Pattern.compile(Pattern.quote(text)).matcher(dom).results().count();
    }
}
