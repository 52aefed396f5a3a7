package dev.connectconformance.report;

import io.cucumber.messages.types.TestStepResultStatus;
import java.util.Locale;

/**
 * Final status of a scenario: the status of its most severe step, as Cucumber ranks them (a failed step outranks
 * the skipped steps after it).
 */
public enum ScenarioStatus {
    UNKNOWN, PASSED, SKIPPED, PENDING, UNDEFINED, AMBIGUOUS, FAILED;

    public static ScenarioStatus of(TestStepResultStatus status) {
        return valueOf(status.name());
    }

    /** The scenario did not show the rule holds: a failure, or a step that is missing, pending or ambiguous. */
    public boolean broken() {
        return this == FAILED || this == AMBIGUOUS || this == UNDEFINED || this == PENDING || this == UNKNOWN;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
