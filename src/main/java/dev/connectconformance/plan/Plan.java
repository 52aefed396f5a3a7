package dev.connectconformance.plan;

import java.util.List;
import java.util.Optional;

/** The numbers a migration moves onto the traffic distribution group, in the order the plan lists them. */
public record Plan(Optional<String> source, List<PlanEntry> entries) {

    public Plan {
        entries = List.copyOf(entries);
    }

    /** No plan file: only the group and the numbers already on it are checked. */
    public static Plan none() {
        return new Plan(Optional.empty(), List.of());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
