package dev.connectconformance.migration;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the executor may start another move: not once a stop was asked for (Ctrl-C), nor beyond a limit of
 * moves (so a test can stop a run after exactly K numbers).
 */
public final class StopSignal {

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger started = new AtomicInteger();
    private final int limit;

    private StopSignal(int limit) {
        this.limit = limit;
    }

    public static StopSignal none() {
        return new StopSignal(Integer.MAX_VALUE);
    }

    /** Starts at most {@code moves} moves, then behaves as if stopped. */
    public static StopSignal afterMoves(int moves) {
        return new StopSignal(moves);
    }

    public void stop() {
        stopped.set(true);
    }

    public boolean stopped() {
        return stopped.get();
    }

    /** Claims the right to start one more move; false once stopped or at the limit. */
    boolean tryStart() {
        if (stopped.get()) {
            return false;
        }
        if (started.incrementAndGet() > limit) {
            stopped.set(true);
            return false;
        }
        return true;
    }
}
