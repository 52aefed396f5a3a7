package dev.connectconformance.simulator.rules;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue rules one API call applied, collected while it runs: a refusal adds the rule it enforces, an
 * answer that depends on a rule (a move settling CLAIMED or FAILED on the quota, an association in the replica
 * region by ARN) adds that rule. Confined to the call's thread, like the rest of an operation's context.
 */
public final class RuleTrail {

    private final Set<RuleId> rules = new TreeSet<>();

    public RuleTrail applies(RuleId rule) {
        rules.add(rule);
        return this;
    }

    public RuleTrail applies(String rule) {
        return applies(RuleId.of(rule));
    }

    /** The rules applied so far, in id order. */
    public Set<RuleId> rules() {
        return Collections.unmodifiableSet(rules);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }
}
