package dev.connectconformance.suite.target;

import dev.connectconformance.account.SimulatorAccountClients;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The embedded simulator, one per worker thread ({@link WorkerSimulators}): a scenario moves the clock, arms faults
 * and failed completions only on its own worker's simulator, so no scenario needs to run alone. Every scenario also
 * gets an account of its own (a fresh 12-digit access key id), so scenarios that follow each other on a worker
 * never need to clean up; the world is built through the public API.
 */
public final class SimulatorTarget implements Target {

    /** How long asynchronous work takes on the simulator clock; the suite moves the clock instead of waiting. */
    static final Duration SETTLE_DELAY = Duration.ofSeconds(5);

    private final TargetSettings settings;
    private final WorkerSimulators simulators = new WorkerSimulators(SimulatorTarget::startWorkerSimulator);

    public SimulatorTarget(TargetSettings settings) {
        this.settings = settings;
    }

    /**
     * A worker's simulator runs on a clock that stands still: simulated time passes only when a scenario moves it
     * (polling, a step that lets time pass). So no outcome depends on how fast this machine runs the scenario: a
     * status stays IN_PROGRESS until the scenario lets the settle delay pass, a throttle bucket refills only when
     * the scenario says time went by, however long a freshly started JVM takes between two calls.
     */
    private static ConnectSimulator startWorkerSimulator() {
        Clock standingStill = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        return ConnectSimulator.start(SimulatorSettings.defaults().withSettleDelay(SETTLE_DELAY).withClock(standingStill));
    }

    @Override
    public TargetSettings settings() {
        return settings;
    }

    @Override
    public ScenarioAccount accountForScenario() {
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        return new ScenarioAccount(account, SimulatorAccountClients.withSdkRetries(
                simulators.current().simulator().endpoint(), account), true);
    }

    @Override
    public Optional<String> reportedAccount() {
        return Optional.empty(); // a fresh account per scenario: no one account to name
    }

    @Override
    public Optional<SimulatorAdminClient> simulatorAdmin() {
        return Optional.of(simulators.current().admin());
    }

    @Override
    public Optional<AwsResources> configuredResources() {
        return Optional.empty();
    }

    @Override
    public void letTimePass(Duration duration) {
        simulators.current().admin().advanceClock(duration);
    }

    @Override
    public boolean needsRestore() {
        return false;
    }

    @Override
    public void close() {
        simulators.close();
    }
}
