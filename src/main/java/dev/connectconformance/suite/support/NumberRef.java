package dev.connectconformance.suite.support;

/** A claimed phone number a scenario refers to by a name of its own. */
public record NumberRef(String name, String id, String arn, String phoneNumber) {
}
