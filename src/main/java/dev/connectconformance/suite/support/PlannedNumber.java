package dev.connectconformance.suite.support;

/**
 * A row of the numbers a readiness scenario adds to the migration plan: a number claimed in a region, whether it
 * has a flow now, and whether the plan names the flow to associate after the move.
 */
public record PlannedNumber(String name, String claimedIn, boolean flowNow, boolean flowNamedForAfterTheMove) {
}
