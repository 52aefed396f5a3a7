package dev.connectconformance.report;

import static dev.connectconformance.report.MessagesFixture.Step.failed;
import static dev.connectconformance.report.MessagesFixture.Step.passed;
import static dev.connectconformance.report.MessagesFixture.Step.skipped;
import static dev.connectconformance.report.MessagesFixture.Step.skippedBecause;
import static dev.connectconformance.report.MessagesFixture.Step.undefined;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConformanceMatrixTest {

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.parse("""
            ## A: area one
            - **A-01** All pass. [seed]
            - **A-02** One fails. [api]
            - **A-03** One skipped. [guide]
            - **A-04** Nobody checks this. [inferred]
            - **A-05** Undefined step. [api]
            ## RD: readiness of a real account
            - **RD-01** The named group is ACTIVE. [guide]
            """);

    private static TargetRun run(String label, String target, MessagesFixture messages) throws IOException {
        RunInfo info = new RunInfo(label, target, Map.of("source", "us-east-1"), RunAccount.of("123456789012"),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new TargetRun(info, CucumberMessagesReader.read(messages.ndjson()),
                Optional.of(label + "/cucumber.html"), Optional.empty());
    }

    private static MessagesFixture simulatorRun() {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("a1 first", "@A-01").run(passed());
        messages.scenario("a1 second", "@A-01", "@A-02").run(passed());
        messages.scenario("a2 fails", "@A-02").run(failed("expected <404> & got \"200\""));
        messages.scenario("a2 fails too", "@A-02").run(failed("second failure"));
        messages.scenario("a3 runs", "@A-03").run(passed());
        messages.scenario("a3 skipped", "@A-03").run(skippedBecause("skipped on aws: needs simulator controls"),
                skipped());
        messages.scenario("a5 undefined", "@A-05").run(undefined());
        messages.scenario("untagged").run(passed());
        return messages;
    }

    @Test
    void ruleStatusesFromScenarioResults() throws IOException {
        ConformanceMatrix matrix = new ConformanceMatrix(CATALOGUE, List.of(run("simulator", "simulator",
                simulatorRun())));

        assertThat(matrix.verdict("A-01", "simulator").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(matrix.verdict("A-01", "simulator").scenarios()).hasSize(2);

        RuleVerdict failed = matrix.verdict("A-02", "simulator");
        assertThat(failed.status()).isEqualTo(RuleStatus.FAILED);
        assertThat(failed.message()).contains("expected <404> & got \"200\"");
        assertThat(failed.culprit()).map(ScenarioResult::name).contains("a2 fails");

        RuleVerdict skipped = matrix.verdict("A-03", "simulator");
        assertThat(skipped.status()).isEqualTo(RuleStatus.SKIPPED);
        assertThat(skipped.message()).contains("skipped on aws: needs simulator controls");
        assertThat(skipped.passedScenarios()).isEqualTo(1);

        assertThat(matrix.verdict("A-04", "simulator").status()).isEqualTo(RuleStatus.NOT_COVERED);
        assertThat(matrix.verdict("A-05", "simulator").status()).isEqualTo(RuleStatus.FAILED);
        assertThat(matrix.verdict("A-05", "simulator").message()).get().asString().startsWith("undefined step");
    }

    @Test
    void totalsCountRulesAndEveryScenario() throws IOException {
        ConformanceMatrix matrix = new ConformanceMatrix(CATALOGUE, List.of(run("simulator", "simulator",
                simulatorRun())));

        TargetTotals totals = matrix.totals().get(0);

        assertThat(totals).isEqualTo(new TargetTotals("simulator", "simulator", 1, 2, 1, 2, 8, 4, 2, 1));
        assertThat(totals.scenariosOther()).isEqualTo(1);
        assertThat(totals.summaryLine()).isEqualTo("simulator (simulator): rules 1 passed, 2 failed, 1 skipped, "
                + "2 not covered; scenarios 8: 4 passed, 2 failed, 1 skipped, 1 other");
    }

    @Test
    void twoTargetsMergeIntoColumnsAndDisagreementIsPassedAgainstFailed() throws IOException {
        MessagesFixture aws = new MessagesFixture();
        aws.scenario("a1 first", "@A-01").run(failed("real AWS answered differently"));
        aws.scenario("a2 fails", "@A-02").run(failed("same failure on AWS"));
        aws.scenario("a3 skipped", "@A-03").run(skippedBecause("skipped on aws: needs simulator controls"));
        aws.scenario("group of the plan is active", "@RD-01").run(failed("the account is not ready"));
        MessagesFixture simulator = simulatorRun();
        simulator.scenario("group of the plan is active", "@RD-01").run(passed());

        ConformanceMatrix matrix = new ConformanceMatrix(CATALOGUE, List.of(
                run("simulator", "simulator", simulator), run("aws-sandbox", "aws", aws)));

        assertThat(matrix.runs()).extracting(TargetRun::label).containsExactly("simulator", "aws-sandbox");
        assertThat(matrix.verdict("A-01", "aws-sandbox").status()).isEqualTo(RuleStatus.FAILED);
        assertThat(matrix.disagreements()).containsExactly("A-01");
        assertThat(matrix.disagreement("A-02")).as("failed on both: they agree").isFalse();
        assertThat(matrix.disagreement("A-03")).as("skipped is no disagreement").isFalse();
        assertThat(matrix.verdict("RD-01", "aws-sandbox").status()).isEqualTo(RuleStatus.FAILED);
        assertThat(matrix.disagreement("RD-01")).as("an account that is not ready is no disagreement").isFalse();
        assertThat(matrix.scenariosOf("A-01")).extracting(ScenarioResult::name)
                .containsExactly("a1 first", "a1 second");
        assertThat(matrix.totals()).extracting(TargetTotals::label).containsExactly("simulator", "aws-sandbox");
    }

    @Test
    void tagsThatAreNotCatalogueIdsAreReported() throws IOException {
        MessagesFixture messages = new MessagesFixture();
        messages.scenario("typo", "@A-99", "@readonly").run(passed());

        ConformanceMatrix matrix = new ConformanceMatrix(CATALOGUE, List.of(run("simulator", "simulator", messages)));

        assertThat(matrix.uncataloguedTags()).containsOnlyKeys("A-99");
    }
}
