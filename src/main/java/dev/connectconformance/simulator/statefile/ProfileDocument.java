package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A security profile or routing profile of an instance (the same id in both regions of a replicated instance). */
@JsonPropertyOrder({"id", "name"})
public record ProfileDocument(String id, String name) {
}
