package dev.connectconformance.report;

import static dev.connectconformance.report.MessagesFixture.Step.failed;
import static dev.connectconformance.report.MessagesFixture.Step.passed;
import static dev.connectconformance.report.MessagesFixture.Step.pending;
import static dev.connectconformance.report.MessagesFixture.Step.skipped;
import static dev.connectconformance.report.MessagesFixture.Step.skippedBecause;
import static dev.connectconformance.report.MessagesFixture.Step.undefined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CucumberMessagesReaderTest {

    private ScenarioResult only(MessagesFixture messages) throws IOException {
        return only(messages.ndjson());
    }

    private ScenarioResult only(String ndjson) throws IOException {
        List<ScenarioResult> results = CucumberMessagesReader.read(ndjson);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void passedScenarioKeepsNameUriLineAndTags() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Assign to the TDG", "@PN-01", "@TDG-01", "@readonly").run(passed(), passed());

        ScenarioResult result = only(messages);

        assertThat(result.status()).isEqualTo(ScenarioStatus.PASSED);
        assertThat(result.name()).isEqualTo("Assign to the TDG");
        assertThat(result.uri()).as("an older run's classpath: URI, named like the current runs name features")
                .isEqualTo("features/phone_numbers.feature");
        assertThat(result.featureName()).isEqualTo("Phone numbers");
        assertThat(result.line()).as("the Scenario: line of the feature").isEqualTo(4);
        assertThat(result.ruleIds()).containsExactly("PN-01", "TDG-01");
        assertThat(result.message()).isEmpty();
    }

    @Test
    void firstFailureDecidesAndItsMessageIsKeptWithoutStackTrace() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Refused", "@PN-04").run(passed(), failed("expected 400 but got 200"), skipped());

        ScenarioResult result = only(messages);

        assertThat(result.status()).isEqualTo(ScenarioStatus.FAILED);
        assertThat(result.message()).contains("expected 400 but got 200");
    }

    @Test
    void skippedByAHookCarriesTheReason() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Quota", "@PN-07").run(skippedBecause("skipped on aws: needs simulator controls"),
                skipped());

        ScenarioResult result = only(messages);

        assertThat(result.status()).isEqualTo(ScenarioStatus.SKIPPED);
        assertThat(result.message()).contains("skipped on aws: needs simulator controls");
    }

    @Test
    void undefinedAndPendingStepsSayWhy() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Not written yet", "@RI-01").run(passed(), undefined());
        messages.scenario("Half written", "@RI-02").run(pending("TODO: implement me"));

        List<ScenarioResult> results = CucumberMessagesReader.read(messages.ndjson());

        assertThat(results.get(0).status()).isEqualTo(ScenarioStatus.UNDEFINED);
        assertThat(results.get(0).message()).contains("undefined step: step 2 of Not written yet");
        assertThat(results.get(1).status()).isEqualTo(ScenarioStatus.PENDING);
        assertThat(results.get(1).message()).contains("TODO: implement me");
    }

    @Test
    void retriedScenarioCountsByItsLastAttempt() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Flaky", "@PN-01")
                .attempt(true, failed("throttled"))
                .attempt(false, passed());

        ScenarioResult result = only(messages);

        assertThat(result.status()).isEqualTo(ScenarioStatus.PASSED);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.message()).isEmpty();
    }

    @Test
    void anAttemptThatWillBeRetriedIsNeverAResult() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Retry not started yet", "@PN-01").attempt(true, failed("throttled"));
        messages.scenario("Run again", "@PN-02").run(failed("first run")).rerun(passed());

        List<ScenarioResult> results = CucumberMessagesReader.read(messages.ndjson());

        assertThat(results).extracting(ScenarioResult::name).containsExactly("Run again");
        assertThat(results.get(0).status()).isEqualTo(ScenarioStatus.PASSED);
        assertThat(results.get(0).attempts()).as("a re-run is a new test case, not a retry").isEqualTo(1);
    }

    @Test
    void aScenarioStillRunningWhenTheStreamEndsDidNotFinish() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Cut short", "@PN-01").run(passed(), passed());
        String ndjson = messages.ndjson();
        String cut = ndjson.substring(0, ndjson.indexOf("{\"testCaseFinished\""));

        ScenarioResult result = only(cut);

        assertThat(result.status()).as("the steps that passed prove nothing").isEqualTo(ScenarioStatus.UNKNOWN);
        assertThat(result.message()).contains("did not finish");
    }

    @Test
    void aBadLineBeforeTheEndMakesTheStreamUnreadable() {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Complete", "@PN-01").run(passed());
        String broken = "{\"pickle\":{\"id\":\"x\"}}\n" + messages.ndjson();

        assertThatThrownBy(() -> CucumberMessagesReader.read(broken)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 1 is no Cucumber message");
    }

    @Test
    void reRunAsANewTestCaseAlsoCountsByTheLastOne() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Run twice", "@PN-02").run(passed()).rerun(failed("second run broke"));

        ScenarioResult result = only(messages);

        assertThat(result.status()).isEqualTo(ScenarioStatus.FAILED);
        assertThat(result.message()).contains("second run broke");
    }

    @Test
    void aTruncatedLastLineOfAFileStillBeingWrittenIsIgnored() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Complete", "@PN-01").run(passed());
        String truncated = messages.ndjson() + "{\"testCaseStarted\":{\"id\":\"x\",\"testCa";

        List<ScenarioResult> results = CucumberMessagesReader.read(truncated);

        assertThat(results).extracting(ScenarioResult::status).containsExactly(ScenarioStatus.PASSED);
    }

    @Test
    void scenariosThatNeverStartedAreLeftOut() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("Filtered out by tags", "@PN-03");
        messages.scenario("Ran", "@PN-04").run(passed());

        assertThat(CucumberMessagesReader.read(messages.ndjson())).extracting(ScenarioResult::name)
                .containsExactly("Ran");
    }

    @Test
    void stackTraceOnlyMessagesLoseTheirFrames() {
        assertThat(StepMessages.withoutStackTrace(
                "org.opentest4j.TestAbortedException: skipped on aws: needs simulator controls\n\tat a.B.c(B.java:1)"))
                .isEqualTo("skipped on aws: needs simulator controls");
        assertThat(StepMessages.withoutStackTrace(
                "software.amazon.awssdk.services.connect.model.ResourceNotFoundException: gone (Status Code: 404)\n"
                        + "\tat x.Y.z(Y.java:3)\n\t... 4 more"))
                .isEqualTo("ResourceNotFoundException: gone (Status Code: 404)");
    }
}
