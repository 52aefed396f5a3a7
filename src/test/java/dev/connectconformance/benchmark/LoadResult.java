package dev.connectconformance.benchmark;

import java.util.Arrays;

/** What one load run measured: completed requests, non-200 answers, wall time and per-request latencies. */
record LoadResult(int requests, int failures, long elapsedNanos, long[] latencyNanos) {

    static LoadResult of(int failures, long elapsedNanos, long[] latencies) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new LoadResult(sorted.length, failures, elapsedNanos, sorted);
    }

    double requestsPerSecond() {
        return requests * 1e9 / elapsedNanos;
    }

    /** The latency below which {@code percent} of the requests finished (nearest-rank), in milliseconds. */
    double percentileMillis(double percent) {
        if (latencyNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * latencyNanos.length);
        return latencyNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
