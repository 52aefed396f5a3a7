package dev.connectconformance.simulator.client;

import dev.connectconformance.simulator.realism.ThrottleMode;
import java.time.Duration;

/** A simulator's opt-in realism in force: its throttle mode and propagation delay (docs/simulator-realism.md). */
public record Realism(ThrottleMode throttle, Duration propagationDelay) {
}
