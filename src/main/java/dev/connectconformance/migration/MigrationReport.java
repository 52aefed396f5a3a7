package dev.connectconformance.migration;

import dev.connectconformance.readiness.checks.Finding;
import java.util.List;

/**
 * What {@code migrate --execute} did: each number's outcome after verification, in plan order.
 *
 * @param tolerated readiness blockers that were an earlier run's unfinished work, which this run finished
 */
public record MigrationReport(String groupArn, String groupName, List<String> regions, String planName,
                              String planDigest, String journal, List<MoveOutcome> outcomes, List<Finding> tolerated) {

    public MigrationReport {
        regions = List.copyOf(regions);
        outcomes = List.copyOf(outcomes);
        tolerated = List.copyOf(tolerated);
    }

    /** 0 when every number moved and was verified, 1 otherwise. */
    public int exitCode() {
        return outcomes.stream().allMatch(MoveOutcome::succeeded) ? 0 : 1;
    }
}
