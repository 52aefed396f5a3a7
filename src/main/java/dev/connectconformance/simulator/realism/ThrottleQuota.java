package dev.connectconformance.simulator.realism;

import java.util.Map;

/**
 * The documented steady rate and burst of one Amazon Connect operation, per account and region.
 *
 * <p>Sources (2026-12): the Amazon Connect API reference, "Best practices for using Amazon Connect APIs"
 * (throttling limits are set for each API separately, per account; 429 when exceeded), the service model's
 * documentation ("For the GetMetricData and GetCurrentMetricData operations, a RateLimit of 5 per second, and a
 * BurstLimit of 8 per second. For all other operations, a RateLimit of 2 per second, and a BurstLimit of 5 per
 * second.") and the Administrator Guide, "Amazon Connect service quotas" / "API throttling quotas". The
 * guide's table lists higher figures for some operations outside this simulator's slice (contacts, metrics,
 * search); every simulated operation has the default. docs/simulator-realism.md holds the same table.
 *
 * @param perSecond tokens added per second
 * @param burst     the bucket's size: calls that may arrive at once after a quiet spell
 */
public record ThrottleQuota(double perSecond, int burst) {

    public static final ThrottleQuota DEFAULT = new ThrottleQuota(2, 5);

    private static final Map<String, ThrottleQuota> OWN_FIGURES = Map.of(
            "GetMetricData", new ThrottleQuota(5, 8),
            "GetCurrentMetricData", new ThrottleQuota(5, 8));

    public ThrottleQuota {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a throttle quota needs a positive rate and a burst of at least 1");
        }
    }

    public static ThrottleQuota of(String operation) {
        return OWN_FIGURES.getOrDefault(operation, DEFAULT);
    }
}
