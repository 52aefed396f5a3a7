package dev.connectconformance.migration;

import java.util.Map;

/**
 * The flow to associate with a number after its move: its name, where the choice came from, and its id in each
 * region of the group (the replica region lists the same flow under its own ARN).
 *
 * @param origin "plan" (the plan names it) or "previous" (the flow the number had before the move)
 */
public record FlowChoice(String name, String origin, Map<String, String> idByRegion) {

    public FlowChoice {
        idByRegion = Map.copyOf(idByRegion);
    }
}
