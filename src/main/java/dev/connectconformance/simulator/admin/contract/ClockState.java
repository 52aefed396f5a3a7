package dev.connectconformance.simulator.admin.contract;

import java.time.Instant;

/** {@code GET /clock} and {@code POST /clock/advance} answer the simulator's time. */
public record ClockState(Instant now) {
}
