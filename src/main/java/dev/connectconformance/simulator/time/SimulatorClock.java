package dev.connectconformance.simulator.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's own time: the wall clock plus an offset that tests move forward, so asynchronous work
 * (claims, replication, TDG creation) can be settled without sleeping. It never goes backwards.
 */
public final class SimulatorClock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public SimulatorClock() {
        this(Clock.systemUTC());
    }

    public SimulatorClock(Clock base) {
        this.base = base;
    }

    public Instant now() {
        return base.instant().plus(offset.get());
    }

    /** Moves simulated time forward; negative durations are refused. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the simulator clock only moves forward, not by " + by);
        }
        offset.accumulateAndGet(by, Duration::plus);
        return now();
    }

    /**
     * Sets the clock to {@code instant} (a state file is loading: its time continues from where it was taken,
     * even when that is earlier than now). From there it runs on with the wall clock.
     */
    public void setTo(Instant instant) {
        offset.set(Duration.between(base.instant(), instant));
    }

    /** How far the clock is from the wall clock; moves only by {@link #advance}, {@link #setTo} and reset. */
    public Duration offset() {
        return offset.get();
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }
}
