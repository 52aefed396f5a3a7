package dev.connectconformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made Cucumber message streams for report tests: just the envelopes the report reads, shaped like
 * Cucumber 7's (pickle, testCase, testCaseStarted with attempt, testStepFinished, testCaseFinished).
 */
final class MessagesFixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String URI = "classpath:features/phone_numbers.feature";

    private final List<ObjectNode> envelopes = new ArrayList<>();
    private int ids;

    /** A scenario (pickle with one step per result) and its test case; run it with attempt(...). */
    Scenario scenario(String name, String... tags) {
        String pickleId = id();
        ObjectNode pickle = JSON.createObjectNode().put("id", pickleId).put("uri", URI).put("name", name);
        pickle.putObject("location").put("line", 10 + ids);
        ArrayNode tagNodes = pickle.putArray("tags");
        for (String tag : tags) {
            tagNodes.addObject().put("name", tag).put("astNodeId", id());
        }
        pickle.putArray("steps");
        pickle.putArray("astNodeIds").add(id());
        envelopes.add(envelope("pickle", pickle));
        return new Scenario(pickle);
    }

    String ndjson() {
        StringBuilder out = new StringBuilder();
        out.append("{\"meta\":{\"protocolVersion\":\"30.1.0\"}}\n");
        out.append("{\"gherkinDocument\":{\"uri\":\"").append(URI)
                .append("\",\"feature\":{\"name\":\"Phone numbers\",\"children\":[]}}}\n");
        for (ObjectNode envelope : envelopes) {
            out.append(envelope).append('\n');
        }
        out.append("{\"testRunFinished\":{\"success\":true}}\n");
        return out.toString();
    }

    /** Writes runs/LABEL/cucumber.ndjson and run.json (and a stand-in cucumber.html). */
    Path writeRun(Path runsDir, String label, String target, String account) {
        try {
            Path dir = Files.createDirectories(runsDir.resolve(label));
            Files.writeString(dir.resolve("cucumber.ndjson"), ndjson());
            Files.writeString(dir.resolve("cucumber.html"), "<html></html>");
            Files.writeString(dir.resolve("run.json"), """
                    {"label":"%s","target":"%s","regions":{"source":"us-east-1","replica":"us-west-2"},
                     "account":"%s","startedAt":"2026-11-24T15:00:00Z","finishedAt":"2026-11-24T15:03:30Z",
                     "allowChanges":false}""".formatted(label, target, account));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String id() {
        return "id-" + (++ids);
    }

    private static ObjectNode envelope(String type, ObjectNode body) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set(type, body);
        return envelope;
    }

    /** A step outcome: status and, for failures and skips, the exception Cucumber records. */
    record Step(String status, String exceptionType, String message) {
        static Step passed() {
            return new Step("PASSED", null, null);
        }

        static Step failed(String message) {
            return new Step("FAILED", "java.lang.AssertionError", message);
        }

        static Step skippedBecause(String reason) {
            return new Step("SKIPPED", "org.opentest4j.TestAbortedException", reason);
        }

        static Step skipped() {
            return new Step("SKIPPED", null, null);
        }

        static Step undefined() {
            return new Step("UNDEFINED", null, null);
        }

        static Step pending(String message) {
            return new Step("PENDING", "io.cucumber.java.PendingException", message);
        }
    }

    final class Scenario {
        private final ObjectNode pickle;
        private String testCaseId;
        private int attempt;

        private Scenario(ObjectNode pickle) {
            this.pickle = pickle;
        }

        /** One attempt; willBeRetried marks it as one Cucumber retries (not the last). */
        Scenario attempt(boolean willBeRetried, Step... steps) {
            if (testCaseId == null) {
                newTestCase(steps);
            }
            String startedId = id();
            ObjectNode started = JSON.createObjectNode().put("id", startedId).put("testCaseId", testCaseId)
                    .put("attempt", attempt++);
            envelopes.add(envelope("testCaseStarted", started));
            for (int i = 0; i < steps.length; i++) {
                ObjectNode finished = JSON.createObjectNode().put("testCaseStartedId", startedId)
                        .put("testStepId", testCaseId + "-step-" + i);
                ObjectNode result = finished.putObject("testStepResult").put("status", steps[i].status());
                if (steps[i].message() != null) {
                    // Cucumber puts the stack trace in message and the plain text in exception.message.
                    result.put("message", steps[i].exceptionType() + ": " + steps[i].message()
                            + "\n\tat dev.example.Steps.step(Steps.java:42)\n");
                    result.putObject("exception").put("type", steps[i].exceptionType())
                            .put("message", steps[i].message());
                }
                envelopes.add(envelope("testStepFinished", finished));
            }
            envelopes.add(envelope("testCaseFinished", JSON.createObjectNode().put("testCaseStartedId", startedId)
                    .put("willBeRetried", willBeRetried)));
            return this;
        }

        Scenario run(Step... steps) {
            return attempt(false, steps);
        }

        /** The same pickle executed again in the same stream as a new test case (a re-run). */
        Scenario rerun(Step... steps) {
            testCaseId = null;
            attempt = 0;
            return attempt(false, steps);
        }

        private void newTestCase(Step[] steps) {
            testCaseId = id();
            ObjectNode testCase = JSON.createObjectNode().put("id", testCaseId)
                    .put("pickleId", pickle.get("id").asText());
            ArrayNode testSteps = testCase.putArray("testSteps");
            ArrayNode pickleSteps = (ArrayNode) pickle.get("steps");
            for (int i = 0; i < steps.length; i++) {
                String pickleStepId = testCaseId + "-pickle-step-" + i;
                if (pickleSteps.size() <= i) {
                    pickleSteps.addObject().put("id", pickleStepId).put("text", "step " + (i + 1) + " of "
                            + pickle.get("name").asText());
                }
                testSteps.addObject().put("id", testCaseId + "-step-" + i)
                        .put("pickleStepId", pickleSteps.get(i).get("id").asText());
            }
            envelopes.add(envelope("testCase", testCase));
        }
    }
}
