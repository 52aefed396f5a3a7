package dev.connectconformance.simulator.client;

import java.util.Map;

/**
 * The simulator's claimed-number quota ("phone numbers per instance", also applied to each traffic distribution
 * group): the default and the overrides for single target ARNs.
 */
public record Quotas(int phoneNumbersPerTarget, Map<String, Integer> overrides) {

    public Quotas {
        overrides = Map.copyOf(overrides);
    }

    /** The limit that applies to a target: its own, or the default. */
    public int phoneNumbersFor(String targetArn) {
        return overrides.getOrDefault(targetArn, phoneNumbersPerTarget);
    }
}
