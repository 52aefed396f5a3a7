package dev.connectconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.standalone.StandaloneSimulatorProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar the way a new user meets it: copied alone into an empty folder outside the repository, with
 * nothing else on the classpath and no source checkout around.
 */
class ConnectConformanceJarIT {

    private static final Path BUILT_JAR = Path.of(System.getProperty("conformance.jar", "target/connect-conformance.jar"));
    private static final Path SIMULATOR_JAR = Path.of(System.getProperty("simulator.jar", "target/connect-simulator.jar"));

    @TempDir
    Path folder;

    private Path jar;

    @BeforeEach
    void copyTheJarIntoAnEmptyFolder() throws IOException {
        assertThat(BUILT_JAR).as("built by the package phase").isRegularFile();
        jar = Files.copy(BUILT_JAR, folder.resolve("connect-conformance.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void runsItsBundledFeaturesAndWritesThePageIntoTheWorkingFolder() throws Exception {
        Run run = java("run", "--tags", "@PN-04");

        assertThat(run.exitCode).as(run.output).isZero();
        Path page = folder.resolve("reports/index.html");
        assertThat(page).isRegularFile();
        assertThat(folder.resolve("reports/runs/simulator/cucumber.ndjson")).isRegularFile();
        assertThat(ruleStatus(Files.readString(page), "PN-04", "simulator")).isEqualTo("passed");
        List<String> lines = run.output.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines.subList(lines.size() - 2, lines.size()))
                .as("the totals and the page path come last").anySatisfy(line -> assertThat(line)
                        .startsWith("Conformance report: reports" + java.io.File.separator + "index.html"))
                .anySatisfy(line -> assertThat(line).contains("simulator", "rules", "passed"));

        Run merged = java("report", "--runs", "reports/runs", "--out", "merged.html");
        assertThat(merged.exitCode).as(merged.output).isZero();
        assertThat(ruleStatus(Files.readString(folder.resolve("merged.html")), "PN-04", "simulator")).isEqualTo("passed");
    }

    @Test
    void aFailingScenarioMakesTheExitCodeOne() throws Exception {
        Path features = folder.resolve("my-features");
        Files.createDirectories(features);
        String feature = Files.readString(Path.of("features/phone-numbers/move-to-traffic-distribution-group.feature"));
        // any indentation: scenarios under a Rule are indented deeper than under a Feature
        String wrong = "Then the service answers with a 'not found' error\n"
                + "$1And the number \"support\" is on the traffic distribution group \"sales\"";
        String edited = feature.replaceFirst("Then the service answers with an 'invalid parameter' error\n"
                + "( +)And the number \"support\" is on the traffic distribution group \"sales\"", wrong);
        assertThat(edited).as("the PN-04 scenario was edited").isNotEqualTo(feature);
        Files.writeString(features.resolve("edited.feature"), edited);

        Run run = java("run", "--features", "my-features", "--tags", "@PN-04", "--label", "edited");

        assertThat(run.exitCode).as(run.output).isEqualTo(1);
        assertThat(ruleStatus(Files.readString(folder.resolve("reports/index.html")), "PN-04", "edited"))
                .isEqualTo("failed");
    }

    @Test
    void aBadOptionIsOnePlainLineAndExitCodeTwo() throws Exception {
        Run run = java("run", "--no-such-option");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.output.lines().toList()).hasSize(1);
        assertThat(run.output).contains("--no-such-option").doesNotContain("Exception", "\tat ");
        assertThat(folder.resolve("reports")).doesNotExist();
    }

    @Test
    void aBusyPortIsOnePlainLineAndExitCodeTwo() throws Exception {
        try (StandaloneSimulatorProcess other = StandaloneSimulatorProcess.start("--port", "0")) {
            Run run = java("simulator", "--port", String.valueOf(other.endpoint().getPort()));

            assertThat(run.exitCode).isEqualTo(2);
            assertThat(run.output.lines().toList()).hasSize(1);
            assertThat(run.output).contains("cannot listen on 127.0.0.1:" + other.endpoint().getPort())
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void theSimulatorJarCarriesNoneOfTheSuite() throws IOException {
        try (ZipFile simulator = new ZipFile(SIMULATOR_JAR.toFile())) {
            List<String> entries = simulator.stream().map(e -> e.getName()).toList();
            assertThat(entries).contains("dev/connectconformance/simulator/StandaloneSimulator.class")
                    .noneMatch(name -> name.startsWith("io/cucumber/") || name.startsWith("org/junit/")
                            || name.startsWith("org/assertj/") || name.startsWith("org/picocontainer/")
                            || name.startsWith("dev/connectconformance/suite/") || name.startsWith("features/"));
        }
    }

    // --- helpers

    private record Run(int exitCode, String output) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("AWS_"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    /** The status badge of one rule in one target's column of the conformance page. */
    private static String ruleStatus(String page, String rule, String target) {
        Matcher row = Pattern.compile("<tr id=\"" + rule + "\".*?</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a row for " + rule).isTrue();
        Matcher status = Pattern.compile("data-target=\"" + Pattern.quote(target) + "\" data-status=\"([a-z-]+)\"")
                .matcher(row.group());
        assertThat(status.find()).as("a " + target + " column for " + rule).isTrue();
        return status.group(1);
    }

}
