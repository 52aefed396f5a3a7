package dev.connectconformance.simulator.state;

/** A security profile or routing profile of an instance, shared with its replica under the same id. */
public record ProfileRecord(String id, String name) {
}
