package dev.connectconformance.simulator.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The adjustable quotas: "phone numbers per instance" (also applied to each traffic distribution group), a default
 * and overrides for single targets; and "instances per account and region" (QT-01), a default and overrides for
 * single accounts. Overrides stand for the quota increases a real account would get.
 */
public final class QuotaSettings {

    private final int initialDefault;
    private final AtomicInteger phoneNumbersPerTarget;
    private final Map<String, Integer> overrides = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();
    private final AtomicInteger instancesPerRegion = new AtomicInteger(AWS_DEFAULT_INSTANCES_PER_REGION);
    private final Map<String, Integer> instanceOverrides = new ConcurrentHashMap<>();

    /** AWS's default for "Amazon Connect instances per account and Region". */
    public static final int AWS_DEFAULT_INSTANCES_PER_REGION = 2;

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

    /** Instances (a replica counts in its region) an account may have in one region. */
    public int instancesFor(String accountId) {
        return instanceOverrides.getOrDefault(accountId, instancesPerRegion.get());
    }

    public int defaultInstancesPerRegion() {
        return instancesPerRegion.get();
    }

    public void setDefaultInstancesPerRegion(int limit) {
        instancesPerRegion.set(requirePositive(limit));
        changes.incrementAndGet();
    }

    public void setInstancesFor(String accountId, int limit) {
        instanceOverrides.put(accountId, requirePositive(limit));
        changes.incrementAndGet();
    }

    public Map<String, Integer> instanceOverrides() {
        return Map.copyOf(instanceOverrides);
    }

    public void reset() {
        phoneNumbersPerTarget.set(initialDefault);
        overrides.clear();
        instancesPerRegion.set(AWS_DEFAULT_INSTANCES_PER_REGION);
        instanceOverrides.clear();
        changes.incrementAndGet();
    }

    /** Replaces the instance quota, default and per account (a state file is loading). */
    public void replaceInstances(int defaultLimit, Map<String, Integer> newOverrides) {
        instancesPerRegion.set(requirePositive(defaultLimit));
        instanceOverrides.clear();
        newOverrides.forEach((account, limit) -> instanceOverrides.put(account, requirePositive(limit)));
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
