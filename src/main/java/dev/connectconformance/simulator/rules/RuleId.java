package dev.connectconformance.simulator.rules;

import java.util.regex.Pattern;

/**
 * The id of a rule of the catalogue (conformance/rules.md), such as {@code PN-07}: what a refusal enforces, what a
 * successful answer relies on, what a validation record confirms on AWS. The simulator knows ids, not the rules'
 * text: the catalogue itself belongs to the suite and the reports.
 */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2,3}-\\d{2}");

    public RuleId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a rule id of the catalogue (like PN-07): " + value);
        }
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
