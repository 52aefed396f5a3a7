package dev.connectconformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Cucumber messages stream (ndjson, one envelope a line) into the final result of each scenario.
 * Only the envelopes the report needs are looked at; a retried scenario counts by its last attempt.
 * A truncated last line (a file still being written) is ignored rather than failing the whole run.
 */
public final class CucumberMessagesReader {

    private final ObjectMapper json;
    private final Map<String, String> featureNames = new HashMap<>();
    private final Map<String, Integer> astLines = new HashMap<>();
    private final Map<String, JsonNode> pickles = new LinkedHashMap<>();
    private final Map<String, String> pickleStepTexts = new HashMap<>();
    private final Map<String, String> testCasePickles = new HashMap<>();
    private final Map<String, String> testStepPickleSteps = new HashMap<>();
    private final Map<String, Attempt> attempts = new HashMap<>();
    private final Map<String, Attempt> lastAttemptByPickle = new HashMap<>();
    private final Map<String, Integer> attemptCountByPickle = new HashMap<>();

    public CucumberMessagesReader(ObjectMapper json) {
        this.json = json;
    }

    public static List<ScenarioResult> read(String ndjson, ObjectMapper json) throws IOException {
        return read(new StringReader(ndjson), json);
    }

    public static List<ScenarioResult> read(Reader ndjson, ObjectMapper json) throws IOException {
        CucumberMessagesReader reader = new CucumberMessagesReader(json);
        try (BufferedReader lines = new BufferedReader(ndjson)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    reader.accept(line);
                }
            }
        }
        return reader.results();
    }

    private void accept(String line) {
        JsonNode envelope;
        try {
            envelope = json.readTree(line);
        } catch (IOException partialLine) {
            return;
        }
        if (envelope.has("gherkinDocument")) {
            gherkinDocument(envelope.get("gherkinDocument"));
        } else if (envelope.has("pickle")) {
            pickle(envelope.get("pickle"));
        } else if (envelope.has("testCase")) {
            testCase(envelope.get("testCase"));
        } else if (envelope.has("testCaseStarted")) {
            testCaseStarted(envelope.get("testCaseStarted"));
        } else if (envelope.has("testStepFinished")) {
            testStepFinished(envelope.get("testStepFinished"));
        } else if (envelope.has("testCaseFinished")) {
            JsonNode finished = envelope.get("testCaseFinished");
            Attempt attempt = attempts.get(finished.path("testCaseStartedId").asText());
            if (attempt != null) {
                attempt.finished = true;
            }
        }
    }

    private void gherkinDocument(JsonNode document) {
        JsonNode feature = document.path("feature");
        featureNames.put(document.path("uri").asText(), feature.path("name").asText(""));
        collectLines(feature);
    }

    /** Remembers the line of every scenario and example row, for pickles that carry no location. */
    private void collectLines(JsonNode node) {
        if (node.isObject()) {
            if (node.has("id") && node.has("location")) {
                astLines.put(node.get("id").asText(), node.path("location").path("line").asInt());
            }
            node.forEach(this::collectLines);
        } else if (node.isArray()) {
            node.forEach(this::collectLines);
        }
    }

    private void pickle(JsonNode pickle) {
        pickles.put(pickle.path("id").asText(), pickle);
        for (JsonNode step : pickle.path("steps")) {
            pickleStepTexts.put(step.path("id").asText(), step.path("text").asText());
        }
    }

    private void testCase(JsonNode testCase) {
        testCasePickles.put(testCase.path("id").asText(), testCase.path("pickleId").asText());
        for (JsonNode step : testCase.path("testSteps")) {
            if (step.has("pickleStepId")) {
                testStepPickleSteps.put(step.path("id").asText(), step.get("pickleStepId").asText());
            }
        }
    }

    private void testCaseStarted(JsonNode started) {
        String pickleId = testCasePickles.get(started.path("testCaseId").asText());
        if (pickleId == null) {
            return;
        }
        Attempt attempt = new Attempt(pickleId);
        attempts.put(started.path("id").asText(), attempt);
        // Later attempts (retries, or the same scenario run again) replace earlier ones: the last one wins.
        lastAttemptByPickle.put(pickleId, attempt);
        attemptCountByPickle.merge(pickleId, 1, Integer::sum);
    }

    private void testStepFinished(JsonNode finished) {
        Attempt attempt = attempts.get(finished.path("testCaseStartedId").asText());
        if (attempt == null) {
            return;
        }
        JsonNode result = finished.path("testStepResult");
        ScenarioStatus status = ScenarioStatus.fromMessage(result.path("status").asText());
        Optional<String> message = StepMessages.summarize(result);
        if (status == ScenarioStatus.UNDEFINED && message.isEmpty()) {
            String text = pickleStepTexts.get(testStepPickleSteps.get(finished.path("testStepId").asText()));
            message = Optional.of("undefined step" + (text == null ? "" : ": " + text));
        }
        attempt.record(status, message);
    }

    private List<ScenarioResult> results() {
        List<ScenarioResult> results = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : pickles.entrySet()) {
            JsonNode pickle = entry.getValue();
            Attempt attempt = lastAttemptByPickle.get(entry.getKey());
            if (attempt == null) {
                continue; // not run (filtered out by tags, or the run stopped before it)
            }
            List<String> tags = new ArrayList<>();
            pickle.path("tags").forEach(t -> tags.add(t.path("name").asText()));
            String uri = pickle.path("uri").asText();
            results.add(new ScenarioResult(entry.getKey(), uri, featureNames.getOrDefault(uri, ""),
                    pickle.path("name").asText(), line(pickle), tags, attempt.status(), attempt.message(),
                    attemptCountByPickle.getOrDefault(entry.getKey(), 1)));
        }
        return results;
    }

    private int line(JsonNode pickle) {
        if (pickle.path("location").has("line")) {
            return pickle.path("location").path("line").asInt();
        }
        JsonNode astNodeIds = pickle.path("astNodeIds");
        // The last ast node id is the example row for an outline, else the scenario itself.
        for (int i = astNodeIds.size() - 1; i >= 0; i--) {
            Integer line = astLines.get(astNodeIds.get(i).asText());
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /** One attempt at a test case: the worst step status, the first failure and the first skip reason. */
    private static final class Attempt {
        private final String pickleId;
        private ScenarioStatus worst = ScenarioStatus.UNKNOWN;
        private Optional<String> brokenMessage = Optional.empty();
        private Optional<String> skipReason = Optional.empty();
        private boolean finished;

        Attempt(String pickleId) {
            this.pickleId = pickleId;
        }

        void record(ScenarioStatus status, Optional<String> message) {
            worst = worst.worse(status);
            if (status.broken() && status != ScenarioStatus.UNKNOWN && brokenMessage.isEmpty()) {
                brokenMessage = message.or(() -> Optional.of(status.label()));
            } else if (status == ScenarioStatus.SKIPPED && skipReason.isEmpty()) {
                skipReason = message;
            }
        }

        ScenarioStatus status() {
            return worst;
        }

        Optional<String> message() {
            if (worst.broken() && brokenMessage.isPresent()) {
                return brokenMessage;
            }
            if (worst == ScenarioStatus.UNKNOWN && !finished) {
                return Optional.of("did not finish");
            }
            return worst == ScenarioStatus.SKIPPED ? skipReason : Optional.empty();
        }

        @Override
        public String toString() {
            return pickleId + ":" + worst;
        }
    }
}
