package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.ErrorKind;
import dev.connectconformance.suite.support.Outcome;
import dev.connectconformance.suite.support.ScenarioContext;
import io.cucumber.java.en.Then;

/** How the last request ended: success, or the typed error with its HTTP status and message. */
public class OutcomeSteps {

    private final ScenarioContext context;

    public OutcomeSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the request succeeds")
    public void theRequestSucceeds() {
        Outcome outcome = context.lastOutcome();
        assertThat(outcome.error()).as("%s should have succeeded, but %s", outcome.operation(),
                outcome.failureReport()).isNull();
    }

    /** The typed exception the model gives the error, its HTTP status, and a message. */
    @Then("the service answers with a(n) {error} error")
    public void theServiceAnswersWith(ErrorKind kind) {
        Outcome outcome = context.lastOutcome();
        assertThat(outcome.error())
                .as("%s should have been refused with a '%s' error, but it answered %s", outcome.operation(),
                        kind.phrase(), outcome.response())
                .isNotNull()
                .isInstanceOf(kind.exceptionFor(outcome.operation()));
        assertThat(outcome.error().statusCode()).as("HTTP status of %s", outcome.error().getClass().getSimpleName())
                .isEqualTo(kind.status());
        assertThat(outcome.error().awsErrorDetails().errorMessage()).as("error message").isNotBlank();
    }

    @Then("the service answers with a(n) {error} error mentioning {string}")
    public void theServiceAnswersWithMentioning(ErrorKind kind, String text) {
        theServiceAnswersWith(kind);
        assertThat(context.lastOutcome().error()).hasMessageContaining(text);
    }

    /** Bad input: the message names the member of the request at fault. */
    @Then("the service answers with a(n) {error} error naming {word}")
    public void theServiceAnswersWithNaming(ErrorKind kind, String field) {
        theServiceAnswersWithMentioning(kind, field);
    }

    @Then("the error has HTTP status {int}")
    public void theErrorHasStatus(int status) {
        assertThat(context.lastOutcome().error()).as("an error").isNotNull();
        assertThat(context.lastOutcome().error().statusCode()).isEqualTo(status);
    }
}
