package dev.connectconformance.suite.target;

import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.time.Duration;
import java.util.Optional;

/**
 * What the suite runs against. The scenarios talk to either target through the same SDK clients; the target
 * decides where they point, whose account a scenario uses, and what only a simulator can do.
 */
public interface Target extends AutoCloseable {

    TargetSettings settings();

    /** The account a scenario works in: a fresh one per scenario on the simulator, the profile's on aws. */
    ScenarioAccount accountForScenario();

    /** The one account every scenario works in, for the run report; empty when each scenario has its own (simulator). */
    Optional<String> reportedAccount();

    /** The admin API (clock, quotas, faults) of the simulator the calling scenario runs on; empty on a real account. */
    Optional<SimulatorAdminClient> simulatorAdmin();

    /** The existing resources a real account's configuration names; empty on the simulator. */
    Optional<AwsResources> configuredResources();

    /** Lets time pass between two polls: the simulator moves its clock, a real account is waited for. */
    void letTimePass(Duration duration);

    /** Whether finished scenarios must undo their changes (a real account) or can leave them (a throw-away one). */
    boolean needsRestore();

    default boolean isSimulator() {
        return !settings().isAws();
    }

    @Override
    void close();
}
