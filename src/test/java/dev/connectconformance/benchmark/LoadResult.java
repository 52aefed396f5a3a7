package dev.connectconformance.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * What one load run measured: completed requests, non-200 answers (and what the first of them was), wall time and
 * per-request latencies.
 */
record LoadResult(int requests, int failures, String firstFailure, long elapsedNanos, long[] latencyNanos) {

    static LoadResult of(int failures, String firstFailure, long elapsedNanos, long[] latencies) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new LoadResult(sorted.length, failures, firstFailure, elapsedNanos, sorted);
    }

    /** Several runs of the same load taken as one: requests and time add up, latencies pool. */
    static LoadResult merge(List<LoadResult> runs) {
        int failures = 0;
        String firstFailure = null;
        long elapsed = 0;
        int total = 0;
        for (LoadResult run : runs) {
            failures += run.failures();
            firstFailure = firstFailure != null ? firstFailure : run.firstFailure();
            elapsed += run.elapsedNanos();
            total += run.requests();
        }
        long[] all = new long[total];
        int at = 0;
        for (LoadResult run : runs) {
            System.arraycopy(run.latencyNanos(), 0, all, at, run.requests());
            at += run.requests();
        }
        return of(failures, firstFailure, elapsed, all);
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
