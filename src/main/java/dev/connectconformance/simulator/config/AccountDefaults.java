package dev.connectconformance.simulator.config;

/**
 * What callers get without asking: the account an access key that is not 12 digits acts as, and the
 * claimed-number quota ("phone numbers per instance", also per traffic distribution group) the simulator starts
 * with, which Service Quotas reports as the AWS default.
 */
public record AccountDefaults(String defaultAccountId, int phoneNumberQuota) {
}
