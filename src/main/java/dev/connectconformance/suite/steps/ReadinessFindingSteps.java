package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.Verdict;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.Severity;
import dev.connectconformance.readiness.inventory.GroupInRegion;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import dev.connectconformance.readiness.inventory.TrafficSplit;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.ReadinessScenario;
import dev.connectconformance.suite.support.ScenarioContext;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * What readiness found and said. The Thens read the readiness report, the same one the command prints: the
 * inventory for the facts a rule names, the findings for its verdict.
 */
public class ReadinessFindingSteps {

    private final ScenarioContext context;
    private final ReadinessScenario readiness;

    public ReadinessFindingSteps(ScenarioContext context, ReadinessScenario readiness) {
        this.context = context;
        this.readiness = readiness;
    }

    private ReadinessReport report() {
        return readiness.report();
    }

    private Inventory inventory() {
        return report().inventory();
    }

    // --- the rules' facts, as discovery found them

    @Then("the group is ACTIVE as the source region and the replica region describe it")
    public void theGroupIsActiveInBothRegions() {
        assertThat(inventory().replicaRegion()).as("the replica region, from the instance's replication")
                .isEqualTo(context.replicaRegion());
        assertThat(inventory().group().regions()).extracting(GroupInRegion::region, g -> g.status().orElse("not found"))
                .containsExactly(tuple(context.sourceRegion(), "ACTIVE"),
                        tuple(context.replicaRegion(), "ACTIVE"));
    }

    @Then("every number on the group is CLAIMED and found by its full ARN in both regions")
    public void everyNumberIsClaimedAndVisible() {
        assertThat(inventory().numbers()).extracting(NumberOnGroup::arn).as("the numbers put on the group")
                .containsAll(readiness.putOnGroup().stream().map(NumberRef::arn).toList());
        assertThat(inventory().numbers()).allSatisfy(number -> {
            assertThat(number.status()).as("%s (%s)", number.arn(), number.message().orElse("")).isEqualTo("CLAIMED");
            assertThat(number.visibleByArn().values()).as("%s found by ARN", number.arn()).containsOnly(true);
        });
    }

    @Then("every number on the group has a flow in the source region and in the replica region")
    public void everyNumberHasAFlowInBothRegions() {
        assertThat(inventory().numbers()).allSatisfy(number -> assertThat(number.flows())
                .as("flows of %s", number.arn()).containsOnlyKeys(context.sourceRegion(), context.replicaRegion())
                .allSatisfy((region, flow) -> assertThat(flow).as("flow in %s", region).isPresent()));
    }

    @Then("the telephony split names the source region and the replica region and adds up to {int}")
    public void theSplitNamesBothRegions(int total) {
        TrafficSplit split = inventory().group().inSource().split().orElseThrow(() -> new AssertionError(
                "the telephony split could not be read: " + inventory().group().inSource().note().orElse("")));
        assertThat(split.telephony()).containsOnlyKeys(context.sourceRegion(), context.replicaRegion());
        assertThat(split.telephonyTotal()).isEqualTo(total);
    }

    @Then("every number the plan still has to move is CLAIMED on the instance in the source region")
    public void everyPlannedNumberIsClaimed() {
        if (!readiness.hasPlan()) {
            throw new TestAbortedException("skipped on aws: name the migration's plan with plan.file in the "
                    + "resources file");
        }
        assertThat(inventory().plan()).isNotEmpty().allSatisfy(number -> {
            assertThat(number.found()).as("plan line %d found", number.entry().line()).isTrue();
            assertThat(number.status()).as(number.arn()).isEqualTo("CLAIMED");
            assertThat(number.claimedRegion()).as(number.arn()).isEqualTo(context.sourceRegion());
            assertThat(number.targetInstanceArn()).as(number.arn()).isEqualTo(inventory().instance().arn());
        });
    }

    @Then("the group links the instance the migration names")
    public void theGroupLinksTheNamedInstance() {
        assertThat(inventory().groupInstance().arn()).isEqualTo(inventory().instance().arn());
        assertThat(inventory().group().inSource().instanceArn()).isEqualTo(inventory().instance().arn());
    }

    @Then("that instance is replicated to the replica region")
    public void theInstanceIsReplicated() {
        assertThat(inventory().instance().isReplicatedTo(context.replicaRegion()))
                .as("%s replicated to %s", inventory().instance(), context.replicaRegion()).isTrue();
    }

    // --- the findings

    @Then("nothing blocks the migration under {word}")
    public void nothingBlocks(String check) {
        assertThat(findings(check, Severity.BLOCKER)).as("blockers under %s", check).isEmpty();
    }

    @Then("readiness raises nothing under {word}")
    public void nothingRaised(String check) {
        assertThat(report().findingsOf(check)).as("findings under %s", check)
                .allSatisfy(f -> assertThat(f.severity()).as(f.message()).isEqualTo(Severity.INFO));
    }

    @Then("readiness reports a {word} under {word} for the number {string} in {region}, saying {string}")
    public void aFindingForANumber(String severity, String check, String name, String region, String words) {
        assertFinding(severity, check, context.number(name).arn(), Optional.of(region), words);
    }

    @Then("readiness reports a {word} under {word} for the group in {region}, saying {string}")
    public void aFindingForTheGroup(String severity, String check, String region, String words) {
        assertFinding(severity, check, readiness.group().arn(), Optional.of(region), words);
    }

    @Then("the account is ready")
    public void theAccountIsReady() {
        assertThat(report().verdict()).as("%s", report().findings(Severity.BLOCKER)).isEqualTo(Verdict.READY);
    }

    @Then("the account is not ready")
    public void theAccountIsNotReady() {
        assertThat(report().verdict()).isEqualTo(Verdict.NOT_READY);
    }

    private void assertFinding(String severity, String check, String resource, Optional<String> region, String words) {
        Severity expected = Severity.valueOf(severity.toUpperCase(Locale.ROOT));
        assertThat(findings(check, expected)).as("%s findings under %s; all findings: %s", severity, check,
                        report().findings())
                .anySatisfy(f -> {
                    assertThat(f.resource()).isEqualTo(resource);
                    assertThat(f.region()).isEqualTo(region);
                    assertThat(f.message()).contains(words);
                });
    }

    private List<Finding> findings(String check, Severity severity) {
        return report().findingsOf(check).stream().filter(f -> f.severity() == severity).toList();
    }
}
