package dev.connectconformance.suite.steps;

import dev.connectconformance.simulator.client.Fault;
import dev.connectconformance.suite.support.ScenarioContext;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;

/**
 * Errors the simulator injects into the calls of an operation, so that every modelled error can be seen on the
 * wire. Faults act on the worker's own simulator (no other running scenario sees them) and are cleared after each
 * scenario. (How the SDK retries them is a test of the suite's clients: SuiteClientsUnderFaultsTest.)
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

    @After
    public void clearFaults() {
        if (faultsArmed) {
            context.simulatorAdmin().clearFaults();
        }
    }
}
