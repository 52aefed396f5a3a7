package dev.connectconformance.simulator.faults;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Armed failures of asynchronous work: "the next N asynchronous completions of operation X fail". An operation
 * that starts asynchronous work asks {@link #failNext(String)} once, when it schedules the completion, so the
 * outcome is fixed at call time and does not depend on when the clock is advanced. This is how the failure
 * states (CREATION_FAILED, DELETION_FAILED, ...) become observable, which a real account shows only by chance.
 */
public final class AsyncFailures {

    private final Map<String, Integer> remainingByOperation = new ConcurrentHashMap<>();

    /** Makes the next {@code times} completions of {@code operation} fail (adds to what is already armed). */
    public void arm(String operation, int times) {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("'operation' is required (the name of an operation, e.g. "
                    + "CreateTrafficDistributionGroup)");
        }
        if (times < 1) {
            throw new IllegalArgumentException("'times' must be at least 1, not " + times);
        }
        remainingByOperation.merge(operation, times, Integer::sum);
    }

    /** True when the completion being scheduled for {@code operation} is to fail; uses up one armed failure. */
    public boolean failNext(String operation) {
        boolean[] fail = {false};
        remainingByOperation.computeIfPresent(operation, (name, remaining) -> {
            fail[0] = true;
            return remaining > 1 ? remaining - 1 : null;
        });
        return fail[0];
    }

    /** The failures still armed, by operation name. */
    public Map<String, Integer> armed() {
        return new TreeMap<>(remainingByOperation);
    }

    public void clear() {
        remainingByOperation.clear();
    }
}
