package dev.connectconformance.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every step of the features has exactly one definition: Cucumber's dry run over features/ with the suite's glue
 * finds no undefined and no ambiguous step. Nothing runs (no target starts) and Cucumber prints nothing. The
 * vocabulary stays small: fewer step definitions than scenarios, and none that no scenario uses.
 */
class StepDefinitionsTest {

    /** The dry run's step definitions, scenarios, and which scenarios use each definition. */
    private static final class Vocabulary implements ConcurrentEventListener {
        final Map<String, String> definitions = new TreeMap<>();
        final Set<String> scenarios = new TreeSet<>();
        final Map<String, Set<String>> scenariosByDefinition = new TreeMap<>();

        @Override
        public void setEventPublisher(EventPublisher publisher) {
            publisher.registerHandlerFor(Envelope.class, this::record);
        }

        private synchronized void record(Envelope envelope) {
            envelope.getStepDefinition().ifPresent(d -> definitions.put(d.getId(), d.getPattern().getSource()));
            envelope.getPickle().ifPresent(p -> scenarios.add(p.getId()));
            envelope.getTestCase().ifPresent(testCase -> testCase.getTestSteps().forEach(step -> step
                    .getStepDefinitionIds().ifPresent(ids -> ids.forEach(id -> scenariosByDefinition
                            .computeIfAbsent(id, i -> new TreeSet<>()).add(testCase.getPickleId())))));
        }
    }

    /** Steps by status other than skipped (a dry run skips every matched step), each with where it stands. */
    private static final class StepStatuses implements ConcurrentEventListener {
        final Map<Status, Set<String>> unmatched = new TreeMap<>();
        final AtomicInteger matched = new AtomicInteger();

        @Override
        public void setEventPublisher(EventPublisher publisher) {
            publisher.registerHandlerFor(TestStepFinished.class, this::record);
        }

        private synchronized void record(TestStepFinished event) {
            if (!(event.getTestStep() instanceof PickleStepTestStep step)) {
                return;
            }
            Status status = event.getResult().getStatus();
            if (status == Status.SKIPPED || status == Status.PASSED) {
                matched.incrementAndGet();
                return;
            }
            unmatched.computeIfAbsent(status, s -> new TreeSet<>())
                    .add("\"" + step.getStep().getText() + "\" at " + step.getUri() + ":" + step.getStep().getLine());
        }
    }

    private static final StepStatuses STATUSES = new StepStatuses();
    private static final Vocabulary VOCABULARY = new Vocabulary();

    @BeforeAll
    static void dryRun() {
        RuntimeOptions options = new CommandlineOptionsParser(OutputStream.nullOutputStream())
                .parse("--dry-run", "--glue", "dev.connectconformance.suite.steps", "features").build();
        Runtime.builder().withRuntimeOptions(options).withClassLoader(StepDefinitionsTest.class::getClassLoader)
                .withAdditionalPlugins(STATUSES, VOCABULARY).build().run();
    }

    @Test
    void everyStepHasExactlyOneDefinition() throws IOException {
        assertThat(STATUSES.unmatched).as("undefined or ambiguous steps").isEmpty();
        assertThat(STATUSES.matched.get()).as("every step of every scenario was matched").isEqualTo(pickleSteps());
    }

    @Test
    void thereAreFewerStepDefinitionsThanScenarios() {
        assertThat(VOCABULARY.scenarios).hasSizeGreaterThan(100);
        assertThat(VOCABULARY.definitions).as("step definitions: %s", VOCABULARY.definitions.values())
                .hasSizeLessThan(VOCABULARY.scenarios.size());
    }

    @Test
    void everyStepDefinitionIsUsed() {
        assertThat(VOCABULARY.definitions.entrySet()).as("definitions no scenario uses")
                .filteredOn(definition -> !VOCABULARY.scenariosByDefinition.containsKey(definition.getKey()))
                .extracting(Map.Entry::getValue).isEmpty();
    }

    private static long pickleSteps() throws IOException {
        GherkinParser parser = GherkinParser.builder().includeSource(false)
                .includeGherkinDocument(false).build();
        long steps = 0;
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                steps += parser.parse(file).flatMap(e -> e.getPickle().stream()).mapToLong(p -> p.getSteps().size()).sum();
            }
        }
        return steps;
    }

}
