package dev.connectconformance.simulator.admin.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /quotas/instances} (and the older {@code POST /quotas} with this key): the instances an account may
 * have per region, for every account, or with {@code accountId} for one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceQuotaChange(int instancesPerRegion, String accountId) {
}
