package dev.connectconformance.simulator.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The adjustable quota "phone numbers per instance" (also applied to each traffic distribution group): a
 * default, and overrides for single targets as a quota increase on a real account would give.
 */
public final class QuotaSettings {

    private final int initialDefault;
    private final AtomicInteger phoneNumbersPerTarget;
    private final Map<String, Integer> overrides = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    public QuotaSettings(int phoneNumbersPerTarget) {
        this.initialDefault = phoneNumbersPerTarget;
        this.phoneNumbersPerTarget = new AtomicInteger(phoneNumbersPerTarget);
    }

    public int phoneNumbersFor(String targetArn) {
        return overrides.getOrDefault(targetArn, phoneNumbersPerTarget.get());
    }

    public int defaultPhoneNumbersPerTarget() {
        return phoneNumbersPerTarget.get();
    }

    public void setDefault(int limit) {
        phoneNumbersPerTarget.set(requirePositive(limit));
        changes.incrementAndGet();
    }

    public void setFor(String targetArn, int limit) {
        overrides.put(targetArn, requirePositive(limit));
        changes.incrementAndGet();
    }

    public Map<String, Integer> overrides() {
        return Map.copyOf(overrides);
    }

    public void reset() {
        phoneNumbersPerTarget.set(initialDefault);
        overrides.clear();
        changes.incrementAndGet();
    }

    /** Replaces the default and every override (a state file is loading). */
    public void replace(int defaultLimit, Map<String, Integer> newOverrides) {
        phoneNumbersPerTarget.set(requirePositive(defaultLimit));
        overrides.clear();
        newOverrides.forEach((target, limit) -> overrides.put(target, requirePositive(limit)));
        changes.incrementAndGet();
    }

    /** Moves on every change, for a persister. */
    int changeCount() {
        return changes.get();
    }

    private static int requirePositive(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a quota cannot be negative: " + limit);
        }
        return limit;
    }
}
