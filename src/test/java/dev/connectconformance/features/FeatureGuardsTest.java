package dev.connectconformance.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.report.Rule;
import dev.connectconformance.report.RuleCatalogue;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The features and the catalogue stay in step: every scenario names at least one catalogue rule and says how it may
 * run (exactly one of readonly, mutating, simulator-only), uses only documented tags, and every rule has a scenario.
 * Tags are those of the compiled scenarios (pickles), so a Feature's or Rule's tags count for its scenarios.
 */
class FeatureGuardsTest {

    private static final Pattern RULE_ID = Pattern.compile("@[A-Z]+-[0-9]+");
    private static final Set<String> HOW_IT_RUNS = Set.of("@readonly", "@mutating", "@simulator-only");
    /** The documented tags besides rule ids (docs/running-the-suite.md): marks, areas and how a scenario runs. */
    private static final Set<String> OTHER_TAGS = Set.of("@readonly", "@mutating", "@simulator-only", "@isolated",
            "@inferred", "@drift", "@traffic-distribution-groups", "@replication", "@phone-numbers", "@flows",
            "@wire-contract", "@workflow", "@readiness");

    private static List<Pickle> pickles;
    private static RuleCatalogue catalogue;

    @BeforeAll
    static void compileTheFeatures() throws IOException {
        pickles = new ArrayList<>();
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                parser.parse(file).map(Envelope::getPickle).flatMap(Optional::stream).forEach(pickles::add);
            }
        }
        catalogue = RuleCatalogue.bundled();
    }

    private static Set<String> tags(Pickle pickle) {
        return pickle.getTags().stream().map(PickleTag::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String where(Pickle pickle) {
        return pickle.getUri() + ": " + pickle.getName();
    }

    @Test
    void thereAreScenariosToGuard() {
        assertThat(pickles).hasSizeGreaterThan(100);
    }

    /** One line per scenario that breaks the rule, so a failure reads as a list of places to fix. */
    private static List<String> violations(Predicate<Set<String>> ok) {
        return pickles.stream().filter(pickle -> !ok.test(tags(pickle)))
                .map(pickle -> where(pickle) + " " + tags(pickle)).toList();
    }

    @Test
    void everyScenarioNamesACatalogueRule() {
        assertThat(violations(tags -> tags.stream().anyMatch(tag -> RULE_ID.matcher(tag).matches()))).isEmpty();
    }

    @Test
    void everyScenarioSaysHowItMayRunExactlyOnce() {
        assertThat(violations(tags -> tags.stream().filter(HOW_IT_RUNS::contains).count() == 1))
                .as("exactly one of " + HOW_IT_RUNS).isEmpty();
    }

    @Test
    void everyTagIsARuleIdOfTheCatalogueOrADocumentedTag() {
        assertThat(violations(tags -> tags.stream().allMatch(tag -> RULE_ID.matcher(tag).matches()
                ? catalogue.contains(tag.substring(1)) : OTHER_TAGS.contains(tag)))).isEmpty();
    }

    @Test
    void everyRuleOfTheCatalogueHasAScenario() {
        Set<String> used = pickles.stream().flatMap(pickle -> tags(pickle).stream()).collect(Collectors.toSet());
        assertThat(catalogue.rules()).extracting(Rule::id).allSatisfy(id -> assertThat(used).contains("@" + id));
    }
}
