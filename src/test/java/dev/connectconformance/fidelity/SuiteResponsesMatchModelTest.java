package dev.connectconformance.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import dev.connectconformance.fidelity.ResponseRecordingInterceptor.Answer;
import dev.connectconformance.fidelity.ResponseRecordingInterceptor.Recording;
import dev.connectconformance.simulator.protocol.ResponseBodyValidator;
import dev.connectconformance.simulator.protocol.ResponseBodyValidator.Violation;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.suite.SuiteLauncher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * ERR-03: every answer the feature suite receives from the simulator meets the service model's output
 * constraints, and every modelled error is AWS-shaped. The whole feature suite runs here on the embedded simulator
 * while {@link ResponseRecordingInterceptor} copies each answer its Connect clients receive; then each is checked
 * by {@link ResponseBodyValidator}.
 *
 * <p>{@link #KNOWN} lists the violations the simulator still has, one entry per operation, path and constraint,
 * each with why it is there. The test fails when a violation that is not listed appears, and when a listed one no
 * longer does: whoever fixes one deletes its entry, so the list cannot go stale. The full list of what was found
 * is written to target/response-model-violations.txt either way.
 */
class SuiteResponsesMatchModelTest {

    /** Known violations: key ({@link Violation#key()}) to why it is there. Shrink it; never grow it to go green. */
    private static final Map<String, String> KNOWN = Map.of();

    private static final Path FINDINGS = Path.of("target", "response-model-violations.txt");

    @Test
    void everyAnswerTheSuiteReceivesMeetsTheServiceModel() throws IOException {
        assumeTrue(System.getProperty("cucumber.filter.tags") == null,
                "a tag filter runs part of the suite: known violations could not be told from fixed ones");
        assumeTrue(!"aws".equals(System.getProperty("conformance.target")), "checks the simulator's answers");

        List<Answer> answers;
        try (Recording recording = ResponseRecordingInterceptor.record()) {
            EngineExecutionResults results = EngineTestKit.engine("cucumber")
                    .selectors(selectDirectory("features"))
                    .configurationParameters(suiteConfigurationWithoutPlugins())
                    .execute();
            assertThat(results.testEvents().started().count()).as("scenarios run").isGreaterThan(50);
            answers = recording.answers();
        }

        ResponseBodyValidator validator = new ResponseBodyValidator(ServiceModel.bundled());
        Map<String, List<Violation>> found = new TreeMap<>();
        for (Answer answer : answers) {
            List<Violation> violations = answer.status() / 100 == 2
                    ? validator.checkSuccess(answer.operation(), answer.body())
                    : validator.checkError(answer.operation(), answer.status(), answer.errorType().orElse(null),
                    answer.body());
            violations.forEach(v -> found.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v));
        }
        Set<String> operations = answers.stream().map(Answer::operation).collect(Collectors.toCollection(TreeSet::new));
        String findings = findings(answers, operations, found);
        Files.createDirectories(FINDINGS.getParent());
        Files.writeString(FINDINGS, findings, StandardCharsets.UTF_8);

        assertThat(operations).as("the suite exercised the simulated operations").hasSizeGreaterThan(20);
        assertThat(answers).as("errors were checked too").anyMatch(answer -> answer.status() >= 400);
        Set<String> fresh = new TreeSet<>(found.keySet());
        fresh.removeAll(KNOWN.keySet());
        Set<String> fixed = new TreeSet<>(KNOWN.keySet());
        fixed.removeAll(found.keySet());
        assertThat(fresh).as("answers that break the service model (fix the simulator; the full list is in %s):%n%s",
                FINDINGS, findings).isEmpty();
        assertThat(fixed).as("known violations that no longer occur: delete their entries from KNOWN in %s",
                getClass().getSimpleName()).isEmpty();
    }

    private static String findings(List<Answer> answers, Set<String> operations, Map<String, List<Violation>> found) {
        StringBuilder text = new StringBuilder();
        long errors = answers.stream().filter(answer -> answer.status() >= 400).count();
        text.append(answers.size()).append(" answers (").append(errors).append(" of them errors) to ").append(operations.size()).append(" operations checked against ")
                .append("the service model: ").append(String.join(", ", operations)).append('\n');
        text.append(found.isEmpty() ? "no violations\n" : found.size() + " distinct violations:\n");
        found.forEach((key, violations) -> {
            Set<String> values = violations.stream().map(Violation::value).collect(Collectors.toCollection(TreeSet::new));
            text.append("- ").append(KNOWN.containsKey(key) ? "[known] " : "[NEW] ").append(key).append('\n')
                    .append("    ").append(violations.size()).append(" times; e.g. ")
                    .append(violations.get(0)).append('\n');
            if (values.size() > 1) {
                text.append("    values: ").append(values.stream().limit(3).collect(Collectors.joining(" | ")))
                        .append(values.size() > 3 ? " | ..." : "").append('\n');
            }
        });
        return text.toString();
    }

    /** The suite's own Cucumber configuration, without its plugins: this run writes no reports and prints nothing. */
    private static Map<String, String> suiteConfigurationWithoutPlugins() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SuiteLauncher.class.getClassLoader().getResourceAsStream(SuiteLauncher.CONFIGURATION)) {
            properties.load(in);
        }
        Map<String, String> configuration = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> configuration.put(name, properties.getProperty(name)));
        configuration.remove("cucumber.plugin");
        return configuration;
    }
}
