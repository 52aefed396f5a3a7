package dev.connectconformance.report;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.IdGenerator;
import io.cucumber.messages.MessageToNdjsonWriter;
import io.cucumber.messages.ProtocolVersion;
import io.cucumber.messages.ndjson.Serializer;
import io.cucumber.messages.types.Duration;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Exception;
import io.cucumber.messages.types.Meta;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.Product;
import io.cucumber.messages.types.TestCase;
import io.cucumber.messages.types.TestCaseFinished;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestRunFinished;
import io.cucumber.messages.types.TestRunStarted;
import io.cucumber.messages.types.TestStep;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.messages.types.TestStepResult;
import io.cucumber.messages.types.TestStepResultStatus;
import io.cucumber.messages.types.Timestamp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Cucumber message streams for report tests, without running Cucumber: the feature is real Gherkin compiled by
 * Cucumber's parser (source, document, pickles), and the execution is made of the messages Cucumber 7 sends for
 * it (test case, attempts with their step results, retries), serialized by Cucumber's serializer.
 */
final class MessagesFixture {

    static final String URI = "classpath:features/phone_numbers.feature";

    private final List<Scenario> scenarios = new ArrayList<>();

    /** A scenario of the fixture feature, with one step per result of its longest attempt. */
    Scenario scenario(String name, String... tags) {
        Scenario scenario = new Scenario(name, List.of(tags));
        scenarios.add(scenario);
        return scenario;
    }

    String ndjson() {
        Ids ids = new Ids();
        List<Envelope> envelopes = new ArrayList<>();
        Product unknown = new Product("unknown", null);
        envelopes.add(Envelope.of(new Meta(ProtocolVersion.getVersion(), new Product("cucumber-jvm", "7.34.2"),
                unknown, unknown, unknown, null)));
        List<Pickle> pickles = new ArrayList<>();
        GherkinParser.builder().idGenerator(ids).build()
                .parse(URI, featureText().getBytes(StandardCharsets.UTF_8))
                .forEach(envelope -> {
                    envelopes.add(envelope);
                    envelope.getPickle().ifPresent(pickles::add);
                });
        String runId = ids.newId();
        envelopes.add(Envelope.of(new TestRunStarted(ids.timestamp(), runId)));
        for (int i = 0; i < scenarios.size(); i++) {
            scenarios.get(i).execute(pickles.get(i), runId, ids, envelopes);
        }
        envelopes.add(Envelope.of(new TestRunFinished(null, true, ids.timestamp(), null, runId)));
        return serialize(envelopes);
    }

    private String featureText() {
        StringBuilder text = new StringBuilder("Feature: Phone numbers\n");
        for (Scenario scenario : scenarios) {
            text.append("\n  ").append(String.join(" ", scenario.tags)).append("\n  Scenario: ")
                    .append(scenario.name).append('\n');
            for (int i = 1; i <= scenario.stepCount(); i++) {
                text.append("    Given step ").append(i).append(" of ").append(scenario.name).append('\n');
            }
        }
        return text.toString();
    }

    private static String serialize(List<Envelope> envelopes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MessageToNdjsonWriter writer = new MessageToNdjsonWriter(out, new Serializer())) {
            for (Envelope envelope : envelopes) {
                writer.write(envelope);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes runs/LABEL/cucumber.ndjson and run.json (and a stand-in cucumber.html), as a run of the suite does. */
    Path writeRun(Path runsDir, String label, String target, RunAccount account) {
        try {
            Path dir = Files.createDirectories(runsDir.resolve(label));
            Files.writeString(dir.resolve("cucumber.ndjson"), ndjson());
            Files.writeString(dir.resolve("cucumber.html"), "<html></html>");
            Files.writeString(dir.resolve("run.json"), FixtureRuns.runJson(label, target, account,
                    "2026-11-24T15:00:00Z", "2026-11-24T15:03:30Z"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A step outcome: status and, for failures and skips, the exception Cucumber records. */
    record Step(TestStepResultStatus status, String exceptionType, String message) {
        static Step passed() {
            return new Step(TestStepResultStatus.PASSED, null, null);
        }

        static Step failed(String message) {
            return new Step(TestStepResultStatus.FAILED, "java.lang.AssertionError", message);
        }

        static Step skippedBecause(String reason) {
            return new Step(TestStepResultStatus.SKIPPED, "org.opentest4j.TestAbortedException", reason);
        }

        static Step skipped() {
            return new Step(TestStepResultStatus.SKIPPED, null, null);
        }

        static Step undefined() {
            return new Step(TestStepResultStatus.UNDEFINED, null, null);
        }

        static Step pending(String message) {
            return new Step(TestStepResultStatus.PENDING, "io.cucumber.java.PendingException", message);
        }

        /** Cucumber puts the stack trace in message and the plain text in exception.message. */
        TestStepResult result() {
            if (message == null) {
                return new TestStepResult(new Duration(0L, 0L), null, status, null);
            }
            String stackTrace = exceptionType + ": " + message + "\n\tat dev.example.Steps.step(Steps.java:42)\n";
            return new TestStepResult(new Duration(0L, 0L), stackTrace, status,
                    new Exception(exceptionType, message, stackTrace));
        }
    }

    /** One attempt of a test case; willBeRetried marks one Cucumber retries (not the last). */
    private record Attempt(boolean willBeRetried, List<Step> steps) {
    }

    final class Scenario {
        private final String name;
        private final List<String> tags;
        /** Test cases of this scenario's pickle in stream order, each with its attempts. */
        private final List<List<Attempt>> testCases = new ArrayList<>();

        private Scenario(String name, List<String> tags) {
            this.name = name;
            this.tags = tags;
        }

        /** One more attempt of the current test case (the first one starts it). */
        Scenario attempt(boolean willBeRetried, Step... steps) {
            if (testCases.isEmpty()) {
                testCases.add(new ArrayList<>());
            }
            testCases.get(testCases.size() - 1).add(new Attempt(willBeRetried, List.of(steps)));
            return this;
        }

        Scenario run(Step... steps) {
            return attempt(false, steps);
        }

        /** The same pickle executed again in the same stream as a new test case (a re-run). */
        Scenario rerun(Step... steps) {
            testCases.add(new ArrayList<>());
            return attempt(false, steps);
        }

        private int stepCount() {
            return testCases.stream().flatMap(List::stream).mapToInt(a -> a.steps().size()).max().orElse(1);
        }

        private void execute(Pickle pickle, String runId, Ids ids, List<Envelope> envelopes) {
            for (List<Attempt> attempts : testCases) {
                List<TestStep> steps = pickle.getSteps().stream()
                        .map(step -> new TestStep(null, ids.newId(), step.getId(), List.of(), List.of())).toList();
                TestCase testCase = new TestCase(ids.newId(), pickle.getId(), steps, runId);
                envelopes.add(Envelope.of(testCase));
                for (int number = 0; number < attempts.size(); number++) {
                    Attempt attempt = attempts.get(number);
                    String startedId = ids.newId();
                    envelopes.add(Envelope.of(new TestCaseStarted((long) number, startedId, testCase.getId(), null,
                            ids.timestamp())));
                    IntStream.range(0, attempt.steps().size()).forEach(i -> envelopes.add(Envelope.of(
                            new TestStepFinished(startedId, steps.get(i).getId(), attempt.steps().get(i).result(),
                                    ids.timestamp()))));
                    envelopes.add(Envelope.of(new TestCaseFinished(startedId, ids.timestamp(),
                            attempt.willBeRetried())));
                }
            }
        }
    }

    /** Ids and timestamps in sequence, shared by the parser and the execution so no two messages clash. */
    private static final class Ids implements IdGenerator {
        private long next;

        @Override
        public String newId() {
            return String.valueOf(next++);
        }

        Timestamp timestamp() {
            return new Timestamp(1_764_000_000L + next++, 0L);
        }
    }
}
