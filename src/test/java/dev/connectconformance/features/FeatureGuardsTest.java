package dev.connectconformance.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.report.Rule;
import dev.connectconformance.report.RuleCatalogue;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * Tags are those of the compiled scenarios (pickles), so a Feature's or Rule's tags count for its scenarios. And the
 * features read as the catalogue: every catalogue rule is one Rule block tagged with its id alone, and every
 * scenario sits under the Rule it illustrates.
 */
class FeatureGuardsTest {

    private static final Pattern RULE_ID = Pattern.compile("@[A-Z]+-[0-9]+");
    private static final Set<String> HOW_IT_RUNS = Set.of("@readonly", "@mutating", "@simulator-only");
    /** The documented tags besides rule ids (docs/running-the-suite.md): marks, areas and how a scenario runs. */
    private static final Set<String> OTHER_TAGS = Set.of("@readonly", "@mutating", "@simulator-only",
            "@inferred", "@drift", "@traffic-distribution-groups", "@replication", "@phone-numbers", "@flows",
            "@wire-contract", "@workflow", "@readiness", "@quotas");

    private static List<Pickle> pickles;
    /** The Rule blocks of every feature, with the file they stand in. */
    private static List<RuleBlock> rules;
    /** Scenarios written outside any Rule block. */
    private static List<String> scenariosOutsideRules;
    private static RuleCatalogue catalogue;

    private record RuleBlock(String uri, io.cucumber.messages.types.Rule rule) {
        Set<String> tags() {
            return rule.getTags().stream().map(Tag::getName).collect(Collectors.toCollection(TreeSet::new));
        }

        String where() {
            return uri + ":" + rule.getLocation().getLine() + " " + rule.getName() + " " + tags();
        }
    }

    @BeforeAll
    static void compileTheFeatures() throws IOException {
        pickles = new ArrayList<>();
        rules = new ArrayList<>();
        scenariosOutsideRules = new ArrayList<>();
        GherkinParser parser = GherkinParser.builder().includeSource(false).build();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                for (Envelope envelope : parser.parse(file).toList()) {
                    envelope.getPickle().ifPresent(pickles::add);
                    envelope.getGherkinDocument().flatMap(GherkinDocument::getFeature)
                            .ifPresent(feature -> collectRules(file.toString(), feature));
                }
            }
        }
        catalogue = RuleCatalogue.bundled();
    }

    private static void collectRules(String uri, Feature feature) {
        for (FeatureChild child : feature.getChildren()) {
            child.getRule().ifPresent(rule -> rules.add(new RuleBlock(uri, rule)));
            child.getScenario().ifPresent(scenario -> scenariosOutsideRules.add(uri + ":"
                    + scenario.getLocation().getLine() + " " + scenario.getName()));
        }
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
    void everyScenarioSitsUnderARule() {
        assertThat(scenariosOutsideRules).isEmpty();
    }

    @Test
    void everyRuleBlockCarriesExactlyOneTagTheIdOfACatalogueRule() {
        assertThat(rules).isNotEmpty();
        assertThat(rules).filteredOn(block -> block.tags().size() != 1
                        || !RULE_ID.matcher(block.tags().iterator().next()).matches()
                        || !catalogue.contains(block.tags().iterator().next().substring(1)))
                .extracting(RuleBlock::where).isEmpty();
    }

    /** A scenario's own rule-id tags name other rules it also checks; its Rule's id comes from the Rule. */
    @Test
    void noScenarioRepeatsTheIdOfItsRule() {
        List<String> repeated = new ArrayList<>();
        for (RuleBlock block : rules) {
            for (RuleChild child : block.rule().getChildren()) {
                child.getScenario().filter(scenario -> scenario.getTags().stream().map(Tag::getName)
                                .anyMatch(block.tags()::contains))
                        .ifPresent(scenario -> repeated.add(block.uri() + ":" + scenario.getLocation().getLine()
                                + " " + scenario.getName()));
            }
        }
        assertThat(repeated).isEmpty();
    }

    @Test
    void everyRuleBlockHasAScenario() {
        assertThat(rules).filteredOn(block -> block.rule().getChildren().stream()
                .noneMatch(child -> child.getScenario().isPresent())).extracting(RuleBlock::where).isEmpty();
    }

    @Test
    void everyRuleOfTheCatalogueIsExactlyOneRuleBlock() {
        Map<String, List<String>> blocksById = rules.stream().collect(Collectors.groupingBy(
                block -> block.tags().iterator().next().substring(1), TreeMap::new,
                Collectors.mapping(RuleBlock::where, Collectors.toList())));
        assertThat(catalogue.rules()).extracting(Rule::id)
                .allSatisfy(id -> assertThat(blocksById.get(id)).as("Rule blocks of %s", id).hasSize(1));
    }

    @Test
    void everyRuleOfTheCatalogueHasAScenario() {
        Set<String> used = pickles.stream().flatMap(pickle -> tags(pickle).stream()).collect(Collectors.toSet());
        assertThat(catalogue.rules()).extracting(Rule::id).allSatisfy(id -> assertThat(used).contains("@" + id));
    }
}
