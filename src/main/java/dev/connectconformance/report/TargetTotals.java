package dev.connectconformance.report;

/** The counts at the top of the page for one target. */
public record TargetTotals(String label, String target, int rulesPassed, int rulesFailed, int rulesSkipped,
                           int rulesNotCovered, int scenarios, int scenariosPassed, int scenariosFailed,
                           int scenariosSkipped) {

    /** Scenarios neither passed, failed nor skipped: undefined, pending, ambiguous or unfinished. */
    public int scenariosOther() {
        return scenarios - scenariosPassed - scenariosFailed - scenariosSkipped;
    }

    public String summaryLine() {
        return String.format("%s (%s): rules %d passed, %d failed, %d skipped, %d not covered; "
                        + "scenarios %d: %d passed, %d failed, %d skipped%s",
                label, target, rulesPassed, rulesFailed, rulesSkipped, rulesNotCovered, scenarios, scenariosPassed,
                scenariosFailed, scenariosSkipped, scenariosOther() == 0 ? "" : ", " + scenariosOther() + " other");
    }
}
