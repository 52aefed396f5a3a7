package dev.connectconformance.account;

/**
 * The group's phone-number quota ("Phone numbers per instance", which applies to groups too).
 *
 * @param detail what was read or why nothing could be, in words
 */
public record QuotaValue(int value, QuotaSource source, String detail) {
}
