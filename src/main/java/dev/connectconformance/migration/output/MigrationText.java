package dev.connectconformance.migration.output;

import dev.connectconformance.migration.MigrationReport;
import dev.connectconformance.migration.MoveOutcome;
import dev.connectconformance.migration.MoveResult;
import dev.connectconformance.readiness.checks.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of {@code migrate --execute} for a person: the table, the files, the one-line summary last; or why it
 * did not start.
 */
public final class MigrationText {

    private MigrationText() {
    }

    public static List<String> lines(MigrationReport report, List<String> files) {
        List<String> lines = new ArrayList<>();
        lines.add("Migration onto " + report.groupName() + "  " + report.groupArn());
        lines.add("  plan " + report.planName() + " (digest " + report.planDigest() + "), journal " + report.journal());
        lines.add("");
        lines.addAll(OutcomeTable.lines("Numbers (" + report.outcomes().size() + ")", report.outcomes(),
                report.regions(), MigrationText::result));
        lines.add("");
        if (!files.isEmpty()) {
            lines.add("Results: " + String.join(", ", files));
        }
        lines.add("Result: " + summary(report.outcomes()) + " (exit " + report.exitCode() + ")");
        return lines;
    }

    /** Why {@code migrate --execute} did not start: the blockers readiness found, and what to do. */
    public static List<String> refused(List<Finding> blockers) {
        List<String> lines = new ArrayList<>();
        lines.add("Refused: readiness found " + blockers.size() + " blocker" + (blockers.size() == 1 ? "" : "s")
                + "; nothing was moved.");
        blockers.forEach(f -> lines.add("  " + f.check() + "  " + f.region().map(r -> r + "  ").orElse("")
                + f.resource() + "\n         " + f.message()));
        lines.add("Fix them (connect-conformance readiness shows every finding), then run migrate again.");
        return lines;
    }

    private static String result(MoveOutcome outcome) {
        String verified = outcome.verified().map(ok -> ok ? ", verified" : ", NOT verified").orElse("");
        return outcome.result().wireName() + verified;
    }

    static String summary(List<MoveOutcome> outcomes) {
        long succeeded = outcomes.stream().filter(MoveOutcome::succeeded).count();
        StringBuilder text = new StringBuilder(succeeded + " of " + outcomes.size() + " moved and verified");
        for (MoveResult result : MoveResult.values()) {
            long n = outcomes.stream().filter(o -> o.result() == result).count();
            if (result != MoveResult.MOVED && n > 0) {
                text.append(", ").append(n).append(' ').append(result.wireName());
            }
        }
        return text.toString();
    }
}
