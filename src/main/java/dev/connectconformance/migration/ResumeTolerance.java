package dev.connectconformance.migration;

import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.Severity;
import java.util.List;
import java.util.Set;

/**
 * Which readiness blockers stop a migration from starting. A rerun finds the numbers an earlier run started
 * half-way (on the group without their flow yet, IN_PROGRESS, FAILED on a quota): those blockers are the
 * migration's own unfinished work, which the rerun finishes, so they do not stop it. Every other blocker does.
 */
final class ResumeTolerance {

    private static final Set<String> PER_NUMBER_CHECKS = Set.of("RD-02", "RD-03", "RD-05");

    private ResumeTolerance() {
    }

    static List<Finding> blocking(ReadinessReport report, JournalHistory history) {
        return report.findings(Severity.BLOCKER).stream().filter(f -> !isOwnUnfinishedWork(f, history)).toList();
    }

    static List<Finding> tolerated(ReadinessReport report, JournalHistory history) {
        return report.findings(Severity.BLOCKER).stream().filter(f -> isOwnUnfinishedWork(f, history)).toList();
    }

    private static boolean isOwnUnfinishedWork(Finding finding, JournalHistory history) {
        return PER_NUMBER_CHECKS.contains(finding.check()) && history.of(finding.resource()).started();
    }
}
