package dev.connectconformance.report;

import java.util.List;
import java.util.Optional;

/**
 * One suite run against one target: a column of the page.
 *
 * @param cucumberReport path of the run's Cucumber html report relative to the runs directory, if present
 * @param problem        why the run's results could not be read, if so
 */
public record TargetRun(RunInfo info, List<ScenarioResult> scenarios, Optional<String> cucumberReport,
                        Optional<String> problem) {

    public TargetRun {
        scenarios = List.copyOf(scenarios);
    }

    public String label() {
        return info.label();
    }
}
