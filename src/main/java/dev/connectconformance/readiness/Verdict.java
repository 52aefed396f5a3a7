package dev.connectconformance.readiness;

import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.Severity;
import java.util.List;

/** Ready when nothing blocks the migration. */
public enum Verdict {
    READY("ready", 0),
    NOT_READY("not-ready", 1);

    private final String wireName;
    private final int exitCode;

    Verdict(String wireName, int exitCode) {
        this.wireName = wireName;
        this.exitCode = exitCode;
    }

    public static Verdict of(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKER) ? NOT_READY : READY;
    }

    public String wireName() {
        return wireName;
    }

    /** The command's exit code for this verdict (2, "could not check", has no verdict). */
    public int exitCode() {
        return exitCode;
    }
}
