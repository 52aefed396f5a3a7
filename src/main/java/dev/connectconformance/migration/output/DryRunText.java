package dev.connectconformance.migration.output;

import dev.connectconformance.migration.CallPlan;
import dev.connectconformance.migration.Move;
import dev.connectconformance.migration.PlannedCall;
import dev.connectconformance.migration.PreparedPlan;
import dev.connectconformance.readiness.checks.Finding;
import java.util.ArrayList;
import java.util.List;

/** What {@code migrate} without {@code --execute} prints: every call the executor would make, in its order. */
public final class DryRunText {

    private DryRunText() {
    }

    public static List<String> lines(PreparedPlan prepared, int concurrency, String journal) {
        List<String> lines = new ArrayList<>();
        lines.add("Dry run: nothing was changed. With --execute, migrate would check readiness again (reads only), "
                + "then make these calls,");
        lines.add("up to " + concurrency + " number" + (concurrency == 1 ? "" : "s") + " at a time, each number's "
                + "calls in this order, journalled to " + journal + ":");
        CallPlan calls = prepared.callPlan();
        for (Move move : prepared.moves()) {
            lines.add("");
            lines.add("line " + move.line() + "  " + move.label() + (move.arn() == null ? "" : "  " + move.arn()));
            if (move.unmovable().isPresent()) {
                lines.add("  nothing: " + move.unmovable().get());
                continue;
            }
            int step = 1;
            for (PlannedCall call : calls.calls(move)) {
                lines.add("  " + step++ + ". " + call.text());
            }
            if (move.done()) {
                lines.add("  (an earlier run moved it, as the journal says: nothing else)");
            } else if (move.flow().isEmpty()) {
                lines.add("  no flow to associate: " + move.noFlowReason().orElse("") + " (the move drops the "
                        + "number's flow)");
            }
        }
        lines.add("");
        lines.add("Then readiness once more (reads only) to verify the moved numbers.");
        lines.add("");
        if (prepared.blockers().isEmpty()) {
            lines.add("Readiness: " + prepared.readiness().verdict().wireName() + (prepared.tolerated().isEmpty() ? ""
                    : " apart from " + prepared.tolerated().size() + " blocker(s) an earlier run left to finish")
                    + "; migrate --execute would start");
        } else {
            lines.add("Readiness: " + prepared.blockers().size() + " blocker" + (prepared.blockers().size() == 1 ? ""
                    : "s") + "; migrate --execute would refuse to start:");
            prepared.blockers().forEach(f -> lines.add("  " + describe(f)));
        }
        return lines;
    }

    static String describe(Finding finding) {
        return finding.check() + "  " + finding.region().map(r -> r + "  ").orElse("") + finding.resource() + "\n"
                + "         " + finding.message();
    }
}
