package dev.connectconformance.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule of the catalogue.
 *
 * @param id            stable id, also the scenario tag without '@' (PN-04)
 * @param title         the rule's text up to its first sentence end
 * @param text          the whole rule text without the source tags
 * @param area          heading of the section the rule is in
 * @param sources       the bracketed source tags
 * @param inferredParts what "[inferred: ...]" tags say is inferred in an otherwise documented rule
 * @param citations     what the tags say after their colon, by source ("[observed: boto/boto3 issue 3368]")
 */
public record Rule(String id, String title, String text, String area, Set<RuleSource> sources,
                   List<String> inferredParts, Map<RuleSource, List<String>> citations) {

    public Rule {
        sources = Set.copyOf(sources);
        inferredParts = List.copyOf(inferredParts);
        citations = Map.copyOf(citations);
    }

    /** What the rule's tags of that source cite, in catalogue order; empty for a bare tag such as [api]. */
    public List<String> citations(RuleSource source) {
        return citations.getOrDefault(source, List.of());
    }

    /** Wholly inferred: nothing documented backs it. */
    public boolean inferred() {
        return sources.contains(RuleSource.INFERRED) && inferredParts.isEmpty();
    }

    /** Documented, with a part that is inferred. */
    public boolean partlyInferred() {
        return !inferredParts.isEmpty();
    }

    /**
     * An RD rule judges an account's readiness, not the service's behaviour: on a real account it fails when that
     * account is not ready yet, which the readiness report explains, not a disagreement with the simulator.
     */
    public boolean judgesAnAccount() {
        return id.startsWith("RD-");
    }

    public boolean documentationDrift() {
        return text.toLowerCase(java.util.Locale.ROOT).contains("documentation drift");
    }
}
