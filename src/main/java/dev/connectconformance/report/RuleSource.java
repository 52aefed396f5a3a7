package dev.connectconformance.report;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a catalogue rule comes from: the bracketed tags after each rule in rules.md ({@code [observed: ...]} cites a
 * public issue where users of the real service reported the behaviour).
 */
public enum RuleSource {
    SEED, API, GUIDE, OBSERVED, INFERRED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<RuleSource> fromTag(String tag) {
        for (RuleSource source : values()) {
            if (source.label().equals(tag.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
