package dev.connectconformance.simulator.realism;

import java.time.Duration;

/**
 * The opt-in realism a simulator is configured with: whether it throttles as AWS documents, and how long reads
 * stay behind writes. Beside {@link ThrottleMode} (whose public name is fixed) rather than in {@code config}, so
 * {@code config} stays a leaf.
 */
public record RealismSettings(ThrottleMode throttleMode, Duration propagationDelay) {
}
