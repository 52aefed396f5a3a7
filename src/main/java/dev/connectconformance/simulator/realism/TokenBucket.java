package dev.connectconformance.simulator.realism;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: starts full ({@code burst} tokens), gains {@code perSecond} tokens a second up to the burst, and
 * each admitted call takes one. Synchronized: the callers of one account, region and operation share a bucket.
 * Time that runs backwards (a state file setting the clock back, a reset) adds nothing and is not taken back.
 */
final class TokenBucket {

    private final ThrottleQuota quota;
    private double tokens;
    private Instant refilledAt;

    TokenBucket(ThrottleQuota quota, Instant now) {
        this.quota = quota;
        this.tokens = quota.burst();
        this.refilledAt = now;
    }

    synchronized boolean tryTake(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** A full bucket is the same as none: it can be dropped and made again without anyone noticing. */
    synchronized boolean isFull(Instant now) {
        refill(now);
        return tokens >= quota.burst();
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(quota.burst(), tokens + seconds * quota.perSecond());
            refilledAt = now;
        }
    }
}
