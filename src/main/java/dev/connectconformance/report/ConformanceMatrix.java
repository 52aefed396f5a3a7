package dev.connectconformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Rules of the catalogue against the runs of each target: what the page shows. */
public final class ConformanceMatrix {

    private final List<Rule> rules;
    private final List<TargetRun> runs;
    private final Map<String, Map<String, RuleVerdict>> verdicts = new LinkedHashMap<>();
    private final Map<String, List<ScenarioResult>> uncataloguedTags = new TreeMap<>();

    public ConformanceMatrix(RuleCatalogue catalogue, List<TargetRun> runs) {
        this.rules = catalogue.rules();
        this.runs = List.copyOf(runs);
        for (Rule rule : rules) {
            Map<String, RuleVerdict> byRun = new LinkedHashMap<>();
            for (TargetRun run : runs) {
                List<ScenarioResult> tagged = run.scenarios().stream()
                        .filter(s -> s.ruleIds().contains(rule.id())).toList();
                byRun.put(run.label(), RuleVerdict.of(tagged));
            }
            verdicts.put(rule.id(), byRun);
        }
        for (TargetRun run : runs) {
            for (ScenarioResult scenario : run.scenarios()) {
                scenario.ruleIds().stream().filter(id -> !catalogue.contains(id))
                        .forEach(id -> uncataloguedTags.computeIfAbsent(id, k -> new ArrayList<>()).add(scenario));
            }
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<TargetRun> runs() {
        return runs;
    }

    public RuleVerdict verdict(String ruleId, String runLabel) {
        return verdicts.get(ruleId).get(runLabel);
    }

    /**
     * Targets disagree on a rule when it passed on one and failed on another; never on a rule that judges an account
     * (RD), whose failure on a real account means that account is not ready, a report of its own.
     */
    public boolean disagreement(String ruleId) {
        if (rules.stream().anyMatch(rule -> rule.id().equals(ruleId) && rule.judgesAnAccount())) {
            return false;
        }
        Set<RuleStatus> statuses = verdicts.get(ruleId).values().stream().map(RuleVerdict::status)
                .collect(Collectors.toSet());
        return statuses.contains(RuleStatus.PASSED) && statuses.contains(RuleStatus.FAILED);
    }

    public List<String> disagreements() {
        return rules.stream().map(Rule::id).filter(this::disagreement).toList();
    }

    /** Scenarios tagged with a rule-like id (@XX-99) that the catalogue does not have: typos or stale tags. */
    public Map<String, List<ScenarioResult>> uncataloguedTags() {
        return uncataloguedTags;
    }

    /** The scenarios that check a rule, across all runs, each once, in the order first seen. */
    public List<ScenarioResult> scenariosOf(String ruleId) {
        Map<String, ScenarioResult> distinct = new LinkedHashMap<>();
        for (RuleVerdict verdict : verdicts.get(ruleId).values()) {
            verdict.scenarios().forEach(s -> distinct.putIfAbsent(s.key(), s));
        }
        return List.copyOf(distinct.values());
    }

    /** Whether any run tags a scenario of the rule with the tag (e.g. @drift, @inferred). */
    public boolean anyScenarioTagged(String ruleId, String tag) {
        return verdicts.get(ruleId).values().stream().flatMap(v -> v.scenarios().stream()).anyMatch(s -> s.hasTag(tag));
    }

    public TargetTotals totals(TargetRun run) {
        int[] rulesByStatus = new int[RuleStatus.values().length];
        for (Rule rule : rules) {
            rulesByStatus[verdict(rule.id(), run.label()).status().ordinal()]++;
        }
        List<ScenarioResult> scenarios = run.scenarios();
        return new TargetTotals(run.label(), run.info().target(),
                rulesByStatus[RuleStatus.PASSED.ordinal()], rulesByStatus[RuleStatus.FAILED.ordinal()],
                rulesByStatus[RuleStatus.SKIPPED.ordinal()], rulesByStatus[RuleStatus.NOT_COVERED.ordinal()],
                scenarios.size(), count(scenarios, ScenarioStatus.PASSED), count(scenarios, ScenarioStatus.FAILED),
                count(scenarios, ScenarioStatus.SKIPPED));
    }

    public List<TargetTotals> totals() {
        return runs.stream().map(this::totals).toList();
    }

    private static int count(List<ScenarioResult> scenarios, ScenarioStatus status) {
        return (int) scenarios.stream().filter(s -> s.status() == status).count();
    }
}
