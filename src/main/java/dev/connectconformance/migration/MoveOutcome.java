package dev.connectconformance.migration;

import java.util.Map;
import java.util.Optional;

/**
 * How one number's move ended, and after the run what verification found.
 *
 * @param reason   in words: the service's Message for a FAILED move, why it was blocked, what was skipped
 * @param flows    per region, the name of the flow associated by this run (or found in place)
 * @param verified after verification: whether the number is CLAIMED on the group with a flow in both regions;
 *                 empty until verified
 */
public record MoveOutcome(Move move, MoveResult result, String reason, Map<String, String> flows,
                          Optional<Boolean> verified, Optional<String> verification) {

    public MoveOutcome {
        flows = Map.copyOf(flows);
    }

    public static MoveOutcome of(Move move, MoveResult result, String reason, Map<String, String> flows) {
        return new MoveOutcome(move, result, reason, flows, Optional.empty(), Optional.empty());
    }

    public MoveOutcome verifiedAs(boolean ok, String why) {
        return new MoveOutcome(move, result, reason, flows, Optional.of(ok), Optional.of(why));
    }

    /** Moved, with its flow in both regions, and (once verified) confirmed so. */
    public boolean succeeded() {
        return result == MoveResult.MOVED && verified.orElse(true);
    }
}
