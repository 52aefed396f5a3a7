package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.client.ArmedFault;
import dev.connectconformance.simulator.client.Fault;
import dev.connectconformance.suite.support.ScenarioContext;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.Duration;

/**
 * Faults the simulator injects into the calls of an operation - errors, added latency - and how many of them
 * the calls used. Faults are simulator-wide, so their scenarios are @isolated and the faults are cleared after each.
 */
public class FaultSteps {

    private final ScenarioContext context;
    private boolean faultsArmed;

    public FaultSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the service will answer every {action} with {string}")
    public void theServiceWillAnswerEveryCallWith(String operation, String errorCode) {
        // every call, not just one: the SDK retries throttling and internal errors on its own
        context.simulatorAdmin().addFault(Fault.error(operation, errorCode));
        faultsArmed = true;
    }

    @Given("the service will answer the next {action} with {string}")
    public void theServiceWillAnswerTheNextCallWith(String operation, String errorCode) {
        theServiceWillAnswerTheNextCallsWith(1, operation, errorCode);
    }

    @Given("the service will answer the next {int} {action} with {string}")
    public void theServiceWillAnswerTheNextCallsWith(int calls, String operation, String errorCode) {
        context.simulatorAdmin().addFault(Fault.error(operation, errorCode).times(calls));
        faultsArmed = true;
    }

    @Given("the service will answer every {action} {int} ms late")
    public void theServiceWillAnswerLate(String operation, int millis) {
        context.simulatorAdmin().addFault(Fault.latency(operation, Duration.ofMillis(millis)));
        faultsArmed = true;
    }

    @Then("every injected failure was used")
    public void everyInjectedFailureWasUsed() {
        injectedFailuresAreLeftUnused(0);
    }

    @Then("{int} injected failure(s) is/are left unused")
    public void injectedFailuresAreLeftUnused(int left) {
        int unused = context.simulatorAdmin().faults().stream().filter(fault -> !fault.hitsEveryCall())
                .mapToInt(ArmedFault::remaining).sum();
        assertThat(unused).as("injected failures not used yet").isEqualTo(left);
    }

    @After
    public void clearFaults() {
        if (faultsArmed) {
            context.simulatorAdmin().clearFaults();
        }
    }
}
