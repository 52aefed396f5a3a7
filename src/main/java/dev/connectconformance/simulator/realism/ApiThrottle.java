package dev.connectconformance.simulator.realism;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles API calls per account, region and operation with {@link TokenBucket}s, when switched to
 * {@link ThrottleMode#AWS}; with {@link ThrottleMode#OFF} it admits everything and holds nothing.
 *
 * <p>The buckets refill on the simulator clock. It runs with the wall clock, so the SDK's retry backoff (real
 * sleeps) refills them as it would on AWS; and a test that moves the clock says that much time has passed, so
 * the buckets refill too, like every other time-based behaviour of the simulator. (On the wall clock alone a
 * test could not skip a throttled spell without sleeping.)
 *
 * <p>Memory is bounded: accounts are bounded by the store, operations by the model, but regions are whatever
 * a signature says; so at {@link #MAX_BUCKETS} full buckets (which equal no bucket) are dropped, and when every
 * bucket is in use a call that would need a new one is throttled.
 */
public final class ApiThrottle {

    static final int MAX_BUCKETS = 100_000;

    private record Key(String accountId, String region, String operation) {
    }

    private final Map<Key, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int maxBuckets;
    private volatile ThrottleMode mode;

    public ApiThrottle(ThrottleMode mode) {
        this(mode, MAX_BUCKETS);
    }

    ApiThrottle(ThrottleMode mode, int maxBuckets) {
        this.mode = mode;
        this.maxBuckets = maxBuckets;
    }

    public ThrottleMode mode() {
        return mode;
    }

    /** Switches the mode; every bucket starts full again. */
    public synchronized void mode(ThrottleMode value) {
        mode = value;
        buckets.clear();
    }

    /** Whether the call may run now; false means it is answered with a ThrottlingException. */
    public boolean admits(String accountId, String region, String operation, Instant now) {
        if (mode == ThrottleMode.OFF) {
            return true;
        }
        Key key = new Key(accountId, region, operation);
        if (!buckets.containsKey(key) && buckets.size() >= maxBuckets && !makeRoom(now)) {
            return false;
        }
        // Taken inside compute: a bucket dropped by makeRoom cannot lose a token taken from it meanwhile.
        boolean[] admitted = new boolean[1];
        buckets.compute(key, (k, held) -> {
            TokenBucket bucket = held != null ? held : new TokenBucket(ThrottleQuota.of(operation), now);
            admitted[0] = bucket.tryTake(now);
            return bucket;
        });
        return admitted[0];
    }

    /** How many buckets are held (for tests of the bound). */
    int size() {
        return buckets.size();
    }

    private synchronized boolean makeRoom(Instant now) {
        for (Key key : buckets.keySet()) {
            buckets.computeIfPresent(key, (k, bucket) -> bucket.isFull(now) ? null : bucket);
        }
        return buckets.size() < maxBuckets;
    }
}
