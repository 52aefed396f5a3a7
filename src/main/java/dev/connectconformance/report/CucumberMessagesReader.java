package dev.connectconformance.report;

import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.Location;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestStepResult;
import io.cucumber.messages.types.TestStepResultStatus;
import io.cucumber.query.Lineage;
import io.cucumber.query.Query;
import io.cucumber.query.Repository;
import io.cucumber.query.Repository.RepositoryFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Cucumber message stream (ndjson, one envelope a line) into the final result of each scenario. The
 * bookkeeping is Cucumber's own: its deserializer, and its query library, which links pickles, test cases,
 * attempts and step results, leaves out attempts that will be retried and ranks step statuses.
 * A truncated last line (a file still being written) is ignored; a bad line elsewhere makes the stream unreadable.
 */
public final class CucumberMessagesReader {

    private static final Deserializer DESERIALIZER = new Deserializer();

    private CucumberMessagesReader() {
    }

    public static List<ScenarioResult> read(String ndjson) throws IOException {
        return read(new StringReader(ndjson));
    }

    public static List<ScenarioResult> read(Reader ndjson) throws IOException {
        // Gherkin documents give each pickle its feature and line.
        Repository repository = Repository.builder()
                .feature(RepositoryFeature.INCLUDE_GHERKIN_DOCUMENTS, true).build();
        for (Envelope envelope : envelopes(ndjson)) {
            repository.update(envelope);
        }
        return results(new Query(repository));
    }

    private static List<Envelope> envelopes(Reader ndjson) throws IOException {
        List<Envelope> envelopes = new ArrayList<>();
        IOException unreadable = null;
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(ndjson)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (unreadable != null) {
                    throw unreadable; // not the last line after all
                }
                try {
                    envelopes.add(DESERIALIZER.readValue(line));
                } catch (IOException e) {
                    unreadable = new IOException("line " + lineNumber + " is no Cucumber message: " + e.getMessage(), e);
                }
            }
        }
        return envelopes;
    }

    /** Pickles that ran, in the order Cucumber compiled them, each by its last attempt. */
    private static List<ScenarioResult> results(Query query) {
        Map<String, TestCaseStarted> lastByPickle = new HashMap<>();
        // Attempts that will be retried are not in this list; a pickle run again later in the stream replaces
        // its earlier run.
        for (TestCaseStarted started : query.findAllTestCaseStarted()) {
            query.findPickleBy(started).ifPresent(pickle -> lastByPickle.put(pickle.getId(), started));
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Pickle pickle : query.findAllPickles()) {
            TestCaseStarted last = lastByPickle.get(pickle.getId());
            if (last != null) { // else not run: filtered out by tags, or the run stopped before it
                results.add(result(query, pickle, last));
            }
        }
        return results;
    }

    private static ScenarioResult result(Query query, Pickle pickle, TestCaseStarted last) {
        // Steps that passed before a run broke off do not make a scenario pass.
        Outcome outcome = query.findTestCaseFinishedBy(last).isPresent() ? outcome(query, last)
                : new Outcome(ScenarioStatus.UNKNOWN, Optional.of("did not finish"));
        // Runs written before the suite named features by their path under features/ get the same names.
        return new ScenarioResult(pickle.getId(), FeatureUri.relative(pickle.getUri()),
                query.findLineageBy(pickle).flatMap(Lineage::feature).map(Feature::getName).orElse(""),
                pickle.getName(),
                query.findLocationOf(pickle).map(Location::getLine).map(Long::intValue).orElse(0),
                pickle.getTags().stream().map(PickleTag::getName).toList(),
                outcome.status(), outcome.message(), Math.toIntExact(last.getAttempt()) + 1);
    }

    /** The most severe step decides the status, and its message says why: a failure, a skip reason. */
    private static Outcome outcome(Query query, TestCaseStarted attempt) {
        Optional<TestStepResult> mostSevere = query.findMostSevereTestStepResultBy(attempt);
        ScenarioStatus status = mostSevere.map(r -> ScenarioStatus.of(r.getStatus())).orElse(ScenarioStatus.UNKNOWN);
        Optional<String> message = mostSevere.flatMap(StepMessages::summarize);
        if (message.isEmpty() && status == ScenarioStatus.UNDEFINED) {
            message = Optional.of(undefinedStep(query, attempt).map(text -> "undefined step: " + text)
                    .orElse("undefined step"));
        } else if (message.isEmpty() && status.broken() && status != ScenarioStatus.UNKNOWN) {
            message = Optional.of(status.label());
        }
        return new Outcome(status, message);
    }

    private static Optional<String> undefinedStep(Query query, TestCaseStarted last) {
        return query.findTestStepFinishedAndTestStepBy(last).stream()
                .filter(step -> step.getKey().getTestStepResult().getStatus() == TestStepResultStatus.UNDEFINED)
                .findFirst()
                .flatMap(step -> query.findPickleStepBy(step.getValue()))
                .map(PickleStep::getText);
    }

    private record Outcome(ScenarioStatus status, Optional<String> message) {
    }
}
