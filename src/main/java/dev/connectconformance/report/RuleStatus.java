package dev.connectconformance.report;

/** What one target's run says about one rule. */
public enum RuleStatus {
    /** Every scenario tagged with the rule passed. */
    PASSED("passed"),
    /** A scenario failed (or had an undefined, pending or ambiguous step): the rule is not shown to hold. */
    FAILED("failed"),
    /** None failed, but a scenario was skipped on this target (the reason says why). */
    SKIPPED("skipped"),
    /** No scenario in the run is tagged with the rule. */
    NOT_COVERED("not covered");

    private final String label;

    RuleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
