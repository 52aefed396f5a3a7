/**
 * Rules on the wire: the ids of the catalogue's rules as the simulator applies them. A refusal names the rule (or
 * the service model constraint) it enforces; a call collects the rules it applied in a {@link
 * dev.connectconformance.simulator.rules.RuleTrail}, and a {@link dev.connectconformance.simulator.rules.RuleListener}
 * hears of them after the call (the contract tally: which AWS behaviours a team's tests relied on). A leaf: it
 * imports nothing of the project.
 */
package dev.connectconformance.simulator.rules;
