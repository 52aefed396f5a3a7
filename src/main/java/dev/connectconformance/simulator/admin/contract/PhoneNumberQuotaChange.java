package dev.connectconformance.simulator.admin.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /quotas/phone-numbers} (and the older {@code POST /quotas}): the claimed-number quota, for every
 * target, or with {@code targetArn} for one instance or traffic distribution group.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneNumberQuotaChange(int phoneNumbersPerTarget, String targetArn) {
}
