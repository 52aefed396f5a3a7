package dev.connectconformance.simulator.config;

import java.time.Clock;
import java.time.Duration;

/**
 * Time in the simulator: how long asynchronous work takes on its clock, and the clock that clock runs on (the
 * wall clock, or a fixed one that moves only when a test advances it).
 */
public record Timing(Duration settleDelay, Clock clock) {
}
