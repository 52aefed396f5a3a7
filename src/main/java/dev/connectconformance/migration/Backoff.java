package dev.connectconformance.migration;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Bounded exponential backoff with jitter: the n-th delay is {@code initial * 2^n}, capped at {@code max}, of
 * which a random half is taken off ("equal jitter") so workers throttled together do not retry together; at most
 * {@code attempts} tries in all.
 *
 * @param random a source of numbers in [0, 1): {@code Math::random}, or a fixed one in tests
 */
public record Backoff(Duration initial, Duration max, int attempts, DoubleSupplier random) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || attempts < 1) {
            throw new IllegalArgumentException("a backoff needs 0 < initial <= max and at least one attempt");
        }
    }

    /** Waiting for a move to settle: AWS takes seconds, so poll at 1 s, 2 s, ... 20 s, about 10 minutes in all. */
    public static Backoff settling() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), 36, Math::random);
    }

    /** Retrying a throttled or failed call: 0.5 s, 1 s, ... 16 s, 8 tries. */
    public static Backoff throttling() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(16), 8, Math::random);
    }

    /** The delay before retry {@code retry} (0 for the first retry). */
    public Duration delay(int retry) {
        long cap = max.toMillis();
        long exponential = initial.toMillis() << Math.min(retry, 30);
        long full = exponential <= 0 || exponential > cap ? cap : exponential;
        long half = full / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (full - half + 1)));
    }

    /** The longest all the delays together can take, for messages. */
    public Duration longestWait() {
        Duration total = Duration.ZERO;
        for (int retry = 0; retry < attempts - 1; retry++) {
            long exponential = initial.toMillis() << Math.min(retry, 30);
            total = total.plusMillis(exponential <= 0 || exponential > max.toMillis() ? max.toMillis() : exponential);
        }
        return total;
    }
}
