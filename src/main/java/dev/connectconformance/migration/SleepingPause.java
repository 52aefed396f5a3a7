package dev.connectconformance.migration;

import java.time.Duration;

/** Real time: the thread sleeps. */
public final class SleepingPause implements Pause {

    @Override
    public void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
