package dev.connectconformance.simulator.statefile;

import java.util.Map;

/**
 * The quota "phone numbers per instance" (also per traffic distribution group).
 *
 * @param phoneNumbersPerTarget the default for every target
 * @param overrides             the value of single targets, by instance or group ARN
 */
public record QuotasDocument(int phoneNumbersPerTarget, Map<String, Integer> overrides) {

    public QuotasDocument {
        overrides = overrides == null ? Map.of() : overrides;
    }
}
