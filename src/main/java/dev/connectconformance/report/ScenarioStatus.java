package dev.connectconformance.report;

import java.util.Locale;

/**
 * Final status of a scenario, in Cucumber's own order of severity: the most severe step status is the
 * scenario's status (a failed step outranks the skipped steps after it).
 */
public enum ScenarioStatus {
    UNKNOWN, PASSED, SKIPPED, PENDING, UNDEFINED, AMBIGUOUS, FAILED;

    public static ScenarioStatus fromMessage(String status) {
        try {
            return valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return UNKNOWN;
        }
    }

    public ScenarioStatus worse(ScenarioStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The scenario did not show the rule holds: a failure, or a step that is missing, pending or ambiguous. */
    public boolean broken() {
        return this == FAILED || this == AMBIGUOUS || this == UNDEFINED || this == PENDING || this == UNKNOWN;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
