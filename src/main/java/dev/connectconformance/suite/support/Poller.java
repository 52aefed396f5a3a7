package dev.connectconformance.suite.support;

import dev.connectconformance.suite.target.Target;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for an asynchronous change by polling with bounded exponential backoff. Between polls the target lets
 * time pass: the simulator moves its clock (no real waiting), a real account is really waited for.
 */
public final class Poller {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(20);
    /** Simulated time is free; a real account gets minutes, as TDG creation takes that long. */
    private static final Duration SIMULATOR_BUDGET = Duration.ofMinutes(5);
    private static final Duration AWS_BUDGET = Duration.ofMinutes(15);

    private final Target target;

    public Poller(Target target) {
        this.target = target;
    }

    public <T> T until(String what, Supplier<T> probe, Predicate<T> done) {
        Duration budget = target.isSimulator() ? SIMULATOR_BUDGET : AWS_BUDGET;
        Duration waited = Duration.ZERO;
        Duration pause = FIRST_PAUSE;
        T seen = probe.get();
        while (!done.test(seen)) {
            if (waited.compareTo(budget) >= 0) {
                throw new AssertionError(what + " did not happen within " + budget + "; last seen: " + seen);
            }
            target.letTimePass(pause);
            waited = waited.plus(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            seen = probe.get();
        }
        return seen;
    }
}
