package dev.connectconformance.simulator.admin.contract;

import java.util.Map;

/**
 * The quotas in force, as every quota route answers them: the claimed-number quota (default and per target ARN)
 * and the instance quota (default and per account id).
 *
 * @param instancesPerRegion null in the answer of a simulator older than the instance quota
 */
public record QuotasState(int phoneNumbersPerTarget, Map<String, Integer> overrides, Integer instancesPerRegion,
                          Map<String, Integer> instanceOverrides) {

    public QuotasState {
        overrides = overrides == null ? Map.of() : overrides;
        instanceOverrides = instanceOverrides == null ? Map.of() : instanceOverrides;
    }
}
