package dev.connectconformance.report;

import java.util.List;
import java.util.Optional;

/**
 * One rule on one target.
 *
 * @param scenarios the run's scenarios tagged with the rule
 * @param message   first failure message (failed) or skip reason (skipped)
 * @param culprit   the scenario the message comes from
 */
public record RuleVerdict(RuleStatus status, List<ScenarioResult> scenarios, Optional<String> message,
                          Optional<ScenarioResult> culprit) {

    public RuleVerdict {
        scenarios = List.copyOf(scenarios);
    }

    /** The verdict for a rule from the scenarios of one run that are tagged with it. */
    public static RuleVerdict of(List<ScenarioResult> tagged) {
        if (tagged.isEmpty()) {
            return new RuleVerdict(RuleStatus.NOT_COVERED, tagged, Optional.empty(), Optional.empty());
        }
        Optional<ScenarioResult> broken = tagged.stream().filter(s -> s.status().broken()).findFirst();
        if (broken.isPresent()) {
            String message = broken.get().message().orElse(broken.get().status().label());
            return new RuleVerdict(RuleStatus.FAILED, tagged, Optional.of(message), broken);
        }
        Optional<ScenarioResult> skipped = tagged.stream()
                .filter(s -> s.status() == ScenarioStatus.SKIPPED).findFirst();
        if (skipped.isPresent()) {
            return new RuleVerdict(RuleStatus.SKIPPED, tagged,
                    Optional.of(skipped.get().message().orElse("skipped (no reason given)")), skipped);
        }
        return new RuleVerdict(RuleStatus.PASSED, tagged, Optional.empty(), Optional.empty());
    }

    public long passedScenarios() {
        return scenarios.stream().filter(s -> s.status() == ScenarioStatus.PASSED).count();
    }
}
