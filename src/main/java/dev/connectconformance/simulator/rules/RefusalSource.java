package dev.connectconformance.simulator.rules;

/**
 * Where a refusal (a 4xx the simulator answers) comes from: a rule of the catalogue, or a constraint the service
 * model states. A refusal with neither is a defect: either the catalogue gains the rule (as inferred) or the
 * refusal goes.
 */
public sealed interface RefusalSource {

    /** A rule of the catalogue, e.g. TDG-01 for a move to a group that is not ACTIVE. */
    record CatalogueRule(RuleId rule) implements RefusalSource {
    }

    /**
     * A constraint of the service model, e.g. {@code ClaimPhoneNumberRequest.ClientToken} / {@code pattern}.
     *
     * @param location   the shape and member (or the operation) the constraint belongs to
     * @param constraint what it requires: required, length, pattern, enum, range, ...
     */
    record ModelConstraint(String location, String constraint) implements RefusalSource {
    }

    static RefusalSource rule(String id) {
        return new CatalogueRule(RuleId.of(id));
    }

    static RefusalSource model(String location, String constraint) {
        return new ModelConstraint(location, constraint);
    }
}
