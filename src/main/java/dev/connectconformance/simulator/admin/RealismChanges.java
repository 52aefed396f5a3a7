package dev.connectconformance.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectconformance.simulator.admin.contract.RealismState;
import dev.connectconformance.simulator.realism.PropagationDelay;
import dev.connectconformance.simulator.realism.RealismControls;
import dev.connectconformance.simulator.realism.ThrottleMode;
import dev.connectconformance.simulator.time.Durations;
import java.time.Duration;
import java.util.Optional;

/** {@code /realism}: the throttle mode and the propagation delay in force, and changes to either or both. */
final class RealismChanges {

    private final RealismControls realism;

    RealismChanges(RealismControls realism) {
        this.realism = realism;
    }

    RealismState state() {
        return new RealismState(realism.throttle().mode().word(), realism.propagation().delay());
    }

    /** Both values are read before either is applied, so a bad value changes nothing. */
    RealismState change(JsonNode body) {
        Optional<ThrottleMode> throttle = Optional.ofNullable(AdminFields.text(body, "throttle"))
                .map(ThrottleMode::parse);
        Optional<Duration> delay = Optional.ofNullable(AdminFields.text(body, "propagationDelay"))
                .map(d -> Durations.parseAtMost(d, PropagationDelay.MAX, "the propagation delay"));
        if (throttle.isEmpty() && delay.isEmpty()) {
            throw new IllegalArgumentException("give 'throttle' (off or aws) or 'propagationDelay' (e.g. 5s)");
        }
        throttle.ifPresent(realism.throttle()::mode);
        delay.ifPresent(realism.propagation()::delay);
        return state();
    }
}
