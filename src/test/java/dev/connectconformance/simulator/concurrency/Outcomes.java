package dev.connectconformance.simulator.concurrency;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Tallies what concurrent calls answered, keyed "operation 200" or "operation 409 ResourceInUseException", and
 * anything that was no AWS answer at all (a dropped connection, a client-side failure) under "operation
 * unexpected ...". Calls go through clients without retries, so a 500 cannot hide behind a successful retry.
 */
final class Outcomes {

    /** The documented outcomes of the operations under test: success or a modelled 4xx. */
    static final Set<String> DOCUMENTED_ERRORS = Set.of("400 InvalidParameterException",
            "400 InvalidRequestException", "404 ResourceNotFoundException", "409 ResourceInUseException",
            "409 IdempotencyException", "409 ResourceConflictException");

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Runs a call, records its outcome, and returns its result or null when it failed. */
    <T> T record(String operation, Supplier<T> call) {
        try {
            T result = call.get();
            count(operation + " 200");
            return result;
        } catch (AwsServiceException e) {
            count(operation + " " + e.statusCode() + " " + e.awsErrorDetails().errorCode());
            return null;
        } catch (RuntimeException e) {
            count(operation + " unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    private void count(String key) {
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Outcomes that are neither a 200 nor a documented 4xx, with how often each occurred. */
    Map<String, Integer> undocumented() {
        Map<String, Integer> odd = new ConcurrentHashMap<>();
        counts.forEach((key, count) -> {
            String outcome = key.substring(key.indexOf(' ') + 1);
            if (!outcome.equals("200") && !DOCUMENTED_ERRORS.contains(outcome)) {
                odd.put(key, count.get());
            }
        });
        return odd;
    }

    int count(String operation, String outcome) {
        AtomicInteger count = counts.get(operation + " " + outcome);
        return count == null ? 0 : count.get();
    }

    int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Override
    public String toString() {
        return new TreeMap<>(counts).toString();
    }
}
