package dev.connectconformance.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.gherkin.GherkinParser;
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
import org.junit.jupiter.api.Test;

/**
 * Every step of the features has exactly one definition: Cucumber's dry run over features/ with the suite's glue
 * finds no undefined and no ambiguous step. Nothing runs (no target starts) and Cucumber prints nothing.
 */
class StepDefinitionsTest {

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

    @Test
    void everyStepHasExactlyOneDefinition() throws IOException {
        StepStatuses statuses = new StepStatuses();
        RuntimeOptions options = new CommandlineOptionsParser(OutputStream.nullOutputStream())
                .parse("--dry-run", "--glue", "dev.connectconformance.suite.steps", "features").build();
        Runtime.builder().withRuntimeOptions(options).withClassLoader(StepDefinitionsTest.class::getClassLoader)
                .withAdditionalPlugins(statuses).build().run();

        assertThat(statuses.unmatched).as("undefined or ambiguous steps").isEmpty();
        assertThat(statuses.matched.get()).as("every step of every scenario was matched").isEqualTo(pickleSteps());
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
