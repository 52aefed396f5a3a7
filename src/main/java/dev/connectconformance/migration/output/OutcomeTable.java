package dev.connectconformance.migration.output;

import dev.connectconformance.migration.MoveOutcome;
import dev.connectconformance.output.TextTable;
import java.util.List;
import java.util.function.Function;

/** The per-number result table, for migrate and for rehearse; {@code result} names the result column's text. */
final class OutcomeTable {

    private OutcomeTable() {
    }

    static List<String> lines(String heading, List<MoveOutcome> outcomes, List<String> regions,
                              Function<MoveOutcome, String> result) {
        TextTable table = new TextTable().row(heading, "result", "flow " + regions.get(0), "flow " + regions.get(1),
                "why");
        for (MoveOutcome outcome : outcomes) {
            table.row("line " + outcome.move().line() + "  " + outcome.move().label(), result.apply(outcome),
                    outcome.flows().getOrDefault(regions.get(0), "-"), outcome.flows().getOrDefault(regions.get(1), "-"),
                    why(outcome));
        }
        return table.lines("");
    }

    static String why(MoveOutcome outcome) {
        return outcome.verified().filter(ok -> !ok).isPresent()
                ? outcome.reason() + "; verification: " + outcome.verification().orElse("")
                : outcome.reason();
    }
}
