package dev.connectconformance.simulator.client;

import java.util.Map;

/**
 * The simulator's quotas: the claimed-number quota ("phone numbers per instance", also applied to each traffic
 * distribution group), its default and the overrides for single target ARNs; and the instance quota ("instances
 * per account and region", QT-01), its default and the overrides for single accounts.
 */
public record Quotas(int phoneNumbersPerTarget, Map<String, Integer> overrides, int instancesPerRegion,
                     Map<String, Integer> instanceOverrides) {

    /** AWS's default instance quota. */
    public static final int DEFAULT_INSTANCES_PER_REGION = 2;

    public Quotas {
        overrides = Map.copyOf(overrides);
        instanceOverrides = Map.copyOf(instanceOverrides);
    }

    /** The phone-number quota alone, the instance quota at AWS's default. */
    public Quotas(int phoneNumbersPerTarget, Map<String, Integer> overrides) {
        this(phoneNumbersPerTarget, overrides, DEFAULT_INSTANCES_PER_REGION, Map.of());
    }

    /** The limit that applies to a target: its own, or the default. */
    public int phoneNumbersFor(String targetArn) {
        return overrides.getOrDefault(targetArn, phoneNumbersPerTarget);
    }

    /** The instances an account may have in each region: its own limit, or the default. */
    public int instancesFor(String accountId) {
        return instanceOverrides.getOrDefault(accountId, instancesPerRegion);
    }
}
