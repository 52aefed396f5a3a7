package dev.connectconformance.migration;

import java.time.Duration;

/**
 * How the executor waits between polls and retries. On an account time passes by itself ({@link SleepingPause});
 * on a simulator holding a twin the executor moves the simulator's clock instead ({@link SimulatorClockPause}),
 * so a rehearsal never waits in real time.
 */
public interface Pause {

    void pause(Duration duration) throws InterruptedException;
}
