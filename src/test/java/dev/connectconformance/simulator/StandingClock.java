package dev.connectconformance.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock for simulators under test that stands still: simulated time passes only when the test advances it, so
 * an IN_PROGRESS status stays IN_PROGRESS until the test lets the settle delay pass, however slow the machine is.
 * It stands at the second the test started, so simulated timestamps still look like today's.
 */
public final class StandingClock {

    private StandingClock() {
    }

    public static Clock now() {
        return Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }
}
