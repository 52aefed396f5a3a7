package dev.connectconformance.suite.steps;

import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.target.TargetSettings;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.Collection;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * Starts each scenario in its account and decides whether it may run on the chosen target: on a real account
 * simulator-only scenarios are skipped, and changing ones need the explicit allow. Afterwards whatever the
 * scenario changed on a real account is put back, whether it passed or not.
 */
public class Hooks {

    private final ScenarioContext context;

    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    @Before(order = 0)
    public void begin(Scenario scenario) {
        Collection<String> tags = scenario.getSourceTagNames();
        context.begin(tags);
        TargetSettings settings = context.target().settings();
        if (!settings.isAws()) {
            return;
        }
        if (tags.contains("@simulator-only")) {
            throw new TestAbortedException("skipped on aws: needs simulator controls (clock, quotas, faults or raw wire access)");
        }
        if (!tags.contains("@readonly") && !settings.allowChanges()) {
            throw new TestAbortedException("skipped on aws: changes resources; allow with --allow-changes (Maven: -Dconformance.allowChanges=true)");
        }
    }

    @After(order = 0)
    public void finish(Scenario scenario) {
        List<String> failures = context.finish();
        if (!failures.isEmpty()) {
            failures.forEach(f -> scenario.log("could not restore: " + f));
            throw new AssertionError("the scenario could not put back everything it changed: " + failures);
        }
    }
}
