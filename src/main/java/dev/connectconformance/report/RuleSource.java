package dev.connectconformance.report;

import java.util.Locale;
import java.util.Optional;

/** Where a catalogue rule comes from: the bracketed tags after each rule in rules.md. */
public enum RuleSource {
    SEED, API, GUIDE, INFERRED;

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
