package dev.connectconformance.harness;

import io.cucumber.java.en.Then;

/**
 * Glue for the harness feature only (AwsTargetIT adds this package to the glue): a scenario that fails after
 * it changed something, to prove the changes are undone anyway.
 */
public class DeliberateFailureSteps {

    @Then("the scenario fails on purpose")
    public void theScenarioFailsOnPurpose() {
        throw new AssertionError("failing on purpose: its changes must be undone all the same");
    }
}
