package dev.connectconformance.suite.target.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.client.Fault;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.suite.support.ScenarioContext;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/** Steps of two-workers.feature: two scenarios that meet twice, so they must run at the same time. */
public class WorkerIsolationSteps {

    /** Reusable: the scenarios meet before moving their clocks and again before looking at them. */
    static final CyclicBarrier MEETING = new CyclicBarrier(2);
    /** The simulator each scenario ran on. */
    static final Set<URI> ENDPOINTS = ConcurrentHashMap.newKeySet();

    private final ScenarioContext context;
    private Instant began;

    public WorkerIsolationSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the other scenario is running at the same time")
    public void theOtherScenarioIsRunningAtTheSameTime() throws Exception {
        meet();
        began = admin().now();
        ENDPOINTS.add(admin().endpoint());
    }

    @When("this scenario moves its simulator clock {int} hour(s) forward")
    public void thisScenarioMovesItsClock(int hours) {
        admin().advanceClock(Duration.ofHours(hours));
    }

    @When("it arms a fault on every move of a number")
    public void itArmsAFault() {
        admin().addFault(Fault.error("UpdatePhoneNumber", "ThrottlingException"));
    }

    @When("the other scenario has done the same")
    public void theOtherScenarioHasDoneTheSame() throws Exception {
        meet();
    }

    @Then("its simulator clock moved {int} hour(s) in all")
    public void itsClockMoved(int hours) {
        // the clock also follows real time, which moves by the seconds the scenario took
        assertThat(Duration.between(began, admin().now()))
                .isBetween(Duration.ofHours(hours), Duration.ofHours(hours).plusMinutes(1));
    }

    @Then("its simulator has {int} fault(s) in force")
    public void itsSimulatorHasFaults(int faults) {
        assertThat(admin().faults()).hasSize(faults);
    }

    @After
    public void clearFaults() {
        admin().clearFaults();
    }

    private SimulatorAdminClient admin() {
        return context.simulatorAdmin();
    }

    private static void meet() throws Exception {
        // a scenario that waits here alone means the two never ran at the same time: fail rather than hang
        MEETING.await(30, TimeUnit.SECONDS);
    }
}
