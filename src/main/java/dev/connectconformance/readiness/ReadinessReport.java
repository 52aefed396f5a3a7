package dev.connectconformance.readiness;

import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.Severity;
import dev.connectconformance.readiness.inventory.Inventory;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of a readiness check: what was found, the checks that ran (catalogue ids, in order), what they
 * said, and the verdict.
 */
public record ReadinessReport(Instant checkedAt, Inventory inventory, List<String> checks, List<Finding> findings,
                              Verdict verdict) {

    public ReadinessReport {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
    }

    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public List<Finding> findingsOf(String check) {
        return findings.stream().filter(f -> f.check().equals(check)).toList();
    }
}
