package dev.connectconformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private final RuleCatalogue bundled = RuleCatalogue.bundled();

    @Test
    void bundledCatalogueHasEveryRuleInOrder() {
        assertThat(bundled.rules()).extracting(Rule::id)
                .hasSize(50)
                .startsWith("TDG-01", "TDG-02")
                .contains("RI-02", "RI-03", "PN-14", "CF-05", "ERR-02", "ERR-03", "QT-01", "QT-02", "QT-03", "EC-01", "WF-01")
                .endsWith("RD-07");
    }

    @Test
    void titleIsTheFirstSentenceAndAreaTheSectionHeading() {
        Rule rule = bundled.rule("TDG-01").orElseThrow();

        assertThat(rule.title()).isEqualTo("A TDG must be ACTIVE before numbers can be claimed to it or assigned to "
                + "it; check with DescribeTrafficDistributionGroup.");
        assertThat(rule.area()).isEqualTo("TDG: traffic distribution groups");
        assertThat(rule.sources()).containsExactlyInAnyOrder(RuleSource.SEED, RuleSource.GUIDE);
        assertThat(rule.text()).endsWith("fails with ResourceNotFoundException (404).");
    }

    @Test
    void inferredPartOfADocumentedRuleSpanningLinesIsKept() {
        Rule rule = bundled.rule("TDG-02").orElseThrow();

        assertThat(rule.sources()).containsExactlyInAnyOrder(RuleSource.API, RuleSource.GUIDE, RuleSource.INFERRED);
        assertThat(rule.inferredParts()).containsExactly("the return to ACTIVE");
        assertThat(rule.partlyInferred()).isTrue();
        assertThat(rule.inferred()).isFalse();
        assertThat(rule.text()).doesNotContain("[").endsWith("then back to ACTIVE.");
    }

    @Test
    void driftAndRulesWithoutSourcesAreRecognised() {
        assertThat(bundled.rule("PN-14").orElseThrow().documentationDrift()).isTrue();
        assertThat(bundled.rule("PN-13").orElseThrow().documentationDrift()).isFalse();
        Rule readiness = bundled.rule("RD-01").orElseThrow();
        assertThat(readiness.sources()).isEmpty();
        assertThat(readiness.area()).isEqualTo("RD: readiness of a real account (read-only)");
    }

    @Test
    void whollyInferredRuleAndTitleWithoutPeriod() {
        RuleCatalogue catalogue = RuleCatalogue.parse("""
                ## XX: examples
                - **XX-01** Nothing documents this, e.g. the wording 1.5 times over. It is a guess. [inferred]
                - **XX-02** No sentence end here [api]
                  continued on the next line
                Not part of a rule.
                """);

        Rule inferred = catalogue.rule("XX-01").orElseThrow();
        assertThat(inferred.inferred()).isTrue();
        assertThat(inferred.title()).isEqualTo("Nothing documents this, e.g. the wording 1.5 times over.");
        assertThat(catalogue.rule("XX-02").orElseThrow().title())
                .isEqualTo("No sentence end here continued on the next line");
    }

    @Test
    void everyFileTheCatalogueCitesIsInTheProject() throws IOException {
        String markdown;
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(RuleCatalogue.RESOURCE)) {
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a path in backticks: no ARN form (colons, <placeholders>), no header name
        Matcher path = Pattern.compile("`([\\w.-]+/[\\w./-]*)`").matcher(markdown);
        List<String> cited = new ArrayList<>();
        while (path.find()) {
            cited.add(path.group(1));
        }

        assertThat(cited).isNotEmpty().allSatisfy(file -> assertThat(Path.of(file)).as(file).exists());
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> RuleCatalogue.parse("## A\n- **A-01** One. [api]\n- **A-01** Again. [api]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A-01 appears twice");
    }
}
