package dev.connectconformance.simulator.rules;

import java.util.Set;

/**
 * Told after every API call of the simulated slice which catalogue rules it applied (nothing when it applied
 * none). Called on the request's thread after the account is released, so it must be cheap and thread-safe: it
 * runs on every call, always on.
 */
@FunctionalInterface
public interface RuleListener {

    RuleListener NONE = (accountId, operation, rules) -> { };

    void applied(String accountId, String operation, Set<RuleId> rules);
}
