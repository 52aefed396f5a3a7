package dev.connectconformance.suite.support;

/** A traffic distribution group a scenario refers to by a name of its own. */
public record GroupRef(String name, String id, String arn) {
}
