package dev.connectconformance.simulator.admin.contract;

import java.time.Duration;

/**
 * The opt-in realism in force, as {@code /realism} answers it.
 *
 * @param throttle {@code off} or {@code aws}
 */
public record RealismState(String throttle, Duration propagationDelay) {
}
