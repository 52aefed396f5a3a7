package dev.connectconformance.suite.target;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The embedded simulator. Every scenario gets an account of its own (a fresh 12-digit access key id), so
 * scenarios can run side by side and never need to clean up; the world is built through the public API.
 */
public final class SimulatorTarget implements Target {

    /** Long enough that IN_PROGRESS states stay observable; the suite moves the clock instead of waiting. */
    static final Duration SETTLE_DELAY = Duration.ofSeconds(5);

    private final TargetSettings settings;
    private final ConnectSimulator simulator;
    private final SimulatorAdminClient admin;

    public SimulatorTarget(TargetSettings settings) {
        this.settings = settings;
        this.simulator = ConnectSimulator.start(SimulatorSettings.defaults().withSettleDelay(SETTLE_DELAY));
        this.admin = new SimulatorAdminClient(simulator.endpoint());
    }

    @Override
    public TargetSettings settings() {
        return settings;
    }

    @Override
    public ScenarioAccount accountForScenario() {
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        return new ScenarioAccount(account, new SimulatorAccount(simulator.endpoint(), account), true);
    }

    @Override
    public Optional<String> reportedAccount() {
        return Optional.empty(); // a fresh account per scenario: no one account to name
    }

    @Override
    public Optional<SimulatorAdminClient> simulatorAdmin() {
        return Optional.of(admin);
    }

    @Override
    public Optional<AwsResources> configuredResources() {
        return Optional.empty();
    }

    @Override
    public void letTimePass(Duration duration) {
        admin.advanceClock(duration);
    }

    @Override
    public boolean needsRestore() {
        return false;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
