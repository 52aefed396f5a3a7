package dev.connectconformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as a browser shows it: headless Chromium renders reports/index.html of two fixture runs (real
 * Cucumber runs of the fixture feature, simulator and aws). Without Chromium the test is skipped on a
 * developer machine but fails in CI (CI=true), where .ci/run installs the Debian package chromium.
 */
class ConformanceReportBrowserTest {

    private static final Pattern COUNT = Pattern.compile(
            "data-target=\"([^\"]+)\" data-count=\"([a-z-]+)\"><b>(\\d+)</b>");

    @TempDir
    static Path reports;
    private static Path chromium;
    private static Path page;

    @BeforeAll
    static void renderTwoTargets() throws IOException {
        chromium = findChromium().orElse(null);
        if (chromium == null) {
            String why = "Chromium not found (PATH or CHROMIUM): install the Debian package chromium";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; in CI this test must run, not be skipped");
            }
            Assumptions.abort(why);
        }
        FixtureRuns.run(reports, "simulator", "simulator", RunAccount.perScenarioAccounts());
        FixtureRuns.run(reports, "aws-sandbox", "aws", RunAccount.of("123456789012"));
        page = reports.resolve("index.html");
        ConformanceReport.withBundledCatalogue().generate(reports.resolve("runs"), page, ReportOptions.defaults(),
                Instant.now());
    }

    @Test
    void renderedPageShowsTheCountsOfEachTarget() throws Exception {
        String dom = chromium("--dump-dom", page.toUri().toString());

        assertThat(counts(dom, "simulator")).containsExactly(
                "rules-passed=16", "rules-failed=1", "rules-skipped=0", "rules-not-covered=22",
                "scenarios=17", "scenarios-passed=16", "scenarios-failed=1", "scenarios-skipped=0");
        assertThat(counts(dom, "aws-sandbox")).containsExactly(
                "rules-passed=9", "rules-failed=3", "rules-skipped=5", "rules-not-covered=22",
                "scenarios=17", "scenarios-passed=9", "scenarios-failed=3", "scenarios-skipped=5");
    }

    @Test
    void renderedPageHasEveryRuleAndAColumnPerTarget() throws Exception {
        String dom = chromium("--dump-dom", page.toUri().toString());

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

        chromium("--hide-scrollbars", "--window-size=1440,900", "--screenshot=" + png, page.toUri().toString());

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(distinctColours(image)).as("a rendered page, not an empty one").isGreaterThan(50);
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

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(reports, "chromium-profile")));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(reports, "chromium", ".out");
        Path stderr = Files.createTempFile(reports, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        // A guard against a hung browser, not a timing assumption: rendering takes a second or two.
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish within 120 s: " + Files.readString(stderr));
        }
        assertThat(process.exitValue()).as("chromium exit status; stderr: %s", Files.readString(stderr)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static Optional<Path> findChromium() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome")
                        .map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
