package dev.connectconformance.suite.support;

import dev.connectconformance.plan.Plan;
import dev.connectconformance.plan.PlanFile;
import dev.connectconformance.readiness.Readiness;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a readiness scenario checks: the group, the instance the migration names, the plan (lines as a plan file
 * would hold them, read by the same parser), and the report of the same readiness code the command runs.
 */
public final class ReadinessScenario {

    private final ScenarioContext context;
    private GroupRef group;
    private Optional<String> instanceId = Optional.empty();
    private Optional<Plan> planFile = Optional.empty();
    private final List<String> planLines = new ArrayList<>();
    private final List<NumberRef> putOnGroup = new ArrayList<>();
    private ReadinessReport report;

    public ReadinessScenario(ScenarioContext context) {
        this.context = context;
    }

    public void group(GroupRef value) {
        group = value;
    }

    public GroupRef group() {
        if (group == null) {
            throw new IllegalStateException("no traffic distribution group of the migration plan in this scenario");
        }
        return group;
    }

    /** A number the scenario moved onto the group, which discovery must find there. */
    public void putOnGroup(NumberRef number) {
        putOnGroup.add(number);
    }

    public List<NumberRef> putOnGroup() {
        return List.copyOf(putOnGroup);
    }

    public void namedInstance(String id) {
        instanceId = Optional.of(id);
    }

    /** A plan file a real account's resources file names. */
    public void planFile(Plan plan) {
        planFile = Optional.of(plan);
    }

    /** A line of the scenario's plan: a number's ARN, and the flow to associate after the move if any. */
    public void planLine(String numberArn, Optional<String> flow) {
        planLines.add(numberArn + flow.map(f -> "," + f).orElse(""));
    }

    public boolean hasPlan() {
        return planFile.isPresent() || !planLines.isEmpty();
    }

    /** Runs readiness on the scenario's account: discovery, then every check. */
    public ReadinessReport check() {
        Plan plan = planFile.orElseGet(() -> planLines.isEmpty() ? Plan.none()
                : PlanFile.parse("the scenario's plan", String.join("\n", planLines)));
        ReadinessRequest request = new ReadinessRequest(group().arn(), instanceId, plan, Optional.empty(),
                Optional.empty()); // the replica region comes from the replication, as for the command
        report = Readiness.check(context.accountClients(), request);
        return report;
    }

    public ReadinessReport report() {
        if (report == null) {
            throw new IllegalStateException("the account was not checked for readiness yet in this scenario");
        }
        return report;
    }
}
