package dev.connectconformance.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectconformance.simulator.admin.contract.ClockAdvance;
import dev.connectconformance.simulator.admin.contract.ClockState;
import dev.connectconformance.simulator.time.Durations;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.time.Duration;
import java.time.Instant;

/** {@code /clock}: the simulator's time, and moves of it forward. */
final class ClockChanges {

    /** The clock never passes the last instant ISO-8601 writes without a sign, so every timestamp stays readable. */
    private static final Instant LATEST_CLOCK = Instant.parse("9999-12-31T23:59:59Z");

    private final SimulatorClock clock;

    ClockChanges(SimulatorClock clock) {
        this.clock = clock;
    }

    ClockState now() {
        return new ClockState(clock.now());
    }

    ClockState advance(JsonNode body) {
        ClockAdvance request = new ClockAdvance(AdminFields.required(body, "by"));
        clock.advance(move(request.by()));
        return now();
    }

    /** A forward move of at most 100 years that leaves the clock before the year 10000. */
    private Duration move(String text) {
        Duration by = Durations.parseAtMost(text, Durations.MAX_CLOCK_MOVE, "a clock move ('by')");
        if (clock.now().plus(by).isAfter(LATEST_CLOCK)) {
            throw new IllegalArgumentException("the simulator clock cannot move past " + LATEST_CLOCK
                    + "; reset it first");
        }
        return by;
    }
}
