package dev.connectconformance.migration.output;

import dev.connectconformance.migration.Prediction;
import dev.connectconformance.migration.RehearsalReport;
import dev.connectconformance.output.TextTable;
import java.util.ArrayList;
import java.util.List;

/** The rehearsal's predictions for a person, after the readiness report of the twin; the summary line last. */
public final class RehearsalText {

    private RehearsalText() {
    }

    public static List<String> lines(RehearsalReport report, List<String> files) {
        List<String> regions = report.readiness().inventory().group().regionNames();
        List<String> lines = new ArrayList<>();
        lines.add("Rehearsal on the twin " + report.twin() + " (plan " + report.planName() + ")");
        TextTable table = new TextTable().row("Numbers (" + report.predictions().size() + ")", "predicted",
                "flow " + regions.get(0), "flow " + regions.get(1), "why");
        for (Prediction p : report.predictions()) {
            table.row("line " + p.outcome().move().line() + "  " + p.phoneNumber(), p.predicted(),
                    p.outcome().flows().getOrDefault(regions.get(0), "-"),
                    p.outcome().flows().getOrDefault(regions.get(1), "-"), p.reason());
        }
        lines.addAll(table.lines("  "));
        lines.add("");
        if (!files.isEmpty()) {
            lines.add("Rehearsal: " + String.join(", ", files));
        }
        lines.add("Prediction: " + summary(report) + " (exit " + report.exitCode() + ")");
        return lines;
    }

    static String summary(RehearsalReport report) {
        StringBuilder text = new StringBuilder(report.count(Prediction.MOVED) + " of " + report.predictions().size()
                + " would move");
        for (String kind : List.of(Prediction.FAILED, Prediction.BLOCKED, Prediction.FLOW_LOST)) {
            long n = report.count(kind);
            if (n > 0) {
                text.append(", ").append(n).append(' ').append(switch (kind) {
                    case Prediction.FAILED -> "would fail";
                    case Prediction.BLOCKED -> "would be blocked";
                    default -> n == 1 ? "would lose its flow" : "would lose their flows";
                });
            }
        }
        return text.toString();
    }
}
