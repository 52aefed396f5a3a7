package dev.connectconformance.readiness.checks;

/** How much a finding matters for the migration: a blocker makes the account not ready. */
public enum Severity {
    BLOCKER("blocker", "Blockers"),
    WARNING("warning", "Warnings"),
    INFO("info", "Info");

    private final String wireName;
    private final String heading;

    Severity(String wireName, String heading) {
        this.wireName = wireName;
        this.heading = heading;
    }

    /** The name in the JSON report. */
    public String wireName() {
        return wireName;
    }

    public String heading() {
        return heading;
    }
}
