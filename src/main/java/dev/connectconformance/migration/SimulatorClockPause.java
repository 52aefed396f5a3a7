package dev.connectconformance.migration;

import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.time.Duration;

/** Simulated time: the simulator's clock moves forward by the pause, so work that falls due completes at once. */
public final class SimulatorClockPause implements Pause {

    private final SimulatorAdminClient admin;

    public SimulatorClockPause(SimulatorAdminClient admin) {
        this.admin = admin;
    }

    @Override
    public void pause(Duration duration) {
        if (!duration.isZero()) {
            admin.advanceClock(duration);
        }
    }
}
