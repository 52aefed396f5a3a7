package dev.connectconformance.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last attempt of one scenario (pickle) in one run.
 *
 * @param message the first failure message, or the skip reason, or why it is pending/undefined
 */
public record ScenarioResult(String pickleId, String uri, String featureName, String name, int line,
                             List<String> tags, ScenarioStatus status, Optional<String> message, int attempts) {

    private static final Pattern RULE_TAG = Pattern.compile("@[A-Z]+-\\d+");

    public ScenarioResult {
        tags = List.copyOf(tags);
    }

    /** Rule ids this scenario is tagged with (@PN-04 gives PN-04). */
    public List<String> ruleIds() {
        return tags.stream().filter(t -> RULE_TAG.matcher(t).matches()).map(t -> t.substring(1)).toList();
    }

    public boolean hasTag(String tag) {
        String wanted = tag.startsWith("@") ? tag : "@" + tag;
        return tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)));
    }

    /** Identity of a scenario across runs: the same feature file and name are the same scenario. */
    public String key() {
        return uri + "#" + name + "#" + line;
    }
}
