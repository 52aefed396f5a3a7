package dev.connectconformance.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the validation records say about one rule on AWS: when a real run last confirmed it (passed), and whether
 * the latest real run that decided it (passed or failed; a skip decides nothing) failed.
 *
 * @param confirmed the latest date a run on AWS passed the rule
 * @param failed    the date of the latest deciding run, when that run failed the rule
 */
public record AwsConfirmation(Optional<LocalDate> confirmed, Optional<LocalDate> failed) {

    public static AwsConfirmation of(String ruleId, List<ValidationRecord> awsRecords) {
        Optional<LocalDate> confirmed = awsRecords.stream()
                .filter(r -> r.rules().get(ruleId) == RuleStatus.PASSED).map(ValidationRecord::date)
                .max(Comparator.naturalOrder());
        // the latest deciding run; a pass and a failure on one day (two accounts) count as the failure
        Optional<ValidationRecord> latest = awsRecords.stream()
                .filter(r -> r.rules().get(ruleId) == RuleStatus.PASSED || r.rules().get(ruleId) == RuleStatus.FAILED)
                .max(Comparator.comparing(ValidationRecord::date)
                        .thenComparing(r -> r.rules().get(ruleId) == RuleStatus.FAILED));
        return new AwsConfirmation(confirmed,
                latest.filter(r -> r.rules().get(ruleId) == RuleStatus.FAILED).map(ValidationRecord::date));
    }

    public boolean never() {
        return confirmed.isEmpty() && failed.isEmpty();
    }

    /** An inferred rule whose latest deciding run on AWS failed: the inference is contradicted. */
    public boolean contradicts(boolean inferredRule) {
        return inferredRule && failed.isPresent();
    }
}
