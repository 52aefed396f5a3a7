package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.Flows;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;

/** The documented workflow, applied to every number the scenario holds. */
public class WorkflowSteps {

    private final ScenarioContext context;
    private final World world;
    private final Flows flows;
    private final FlowSteps flowSteps;

    public WorkflowSteps(ScenarioContext context, World world, Flows flows, FlowSteps flowSteps) {
        this.context = context;
        this.world = world;
        this.flows = flows;
        this.flowSteps = flowSteps;
    }

    @When("every number is moved to the traffic distribution group {string}")
    public void everyNumberIsMoved(String group) {
        String arn = context.group(group).arn();
        for (NumberRef number : context.numbers()) {
            var answer = context.source().updatePhoneNumber(b -> b.phoneNumberId(number.id()).targetArn(arn));
            assertThat(answer.phoneNumberArn()).isEqualTo(number.arn());
        }
    }

    @When("every number becomes CLAIMED")
    public void everyNumberBecomesClaimed() {
        for (NumberRef number : context.numbers()) {
            assertThat(world.awaitNumberSettled(number).phoneNumberStatus().statusAsString())
                    .as("status of %s", number.name()).isEqualTo("CLAIMED");
        }
    }

    @When("in the source region the flows of the instance are listed and one is associated with every number")
    public void associateInTheSourceRegion() {
        associateEveryNumber(context.sourceRegion(), Reference.ID);
    }

    @When("in the replica region the flows of the instance are listed and one is associated with every number by its full ARN")
    public void associateInTheReplicaRegion() {
        associateEveryNumber(context.replicaRegion(), Reference.ARN);
    }

    private void associateEveryNumber(String region, Reference reference) {
        for (NumberRef number : context.numbers()) {
            flowSteps.associate(region, number, region, reference);
            assertThat(context.lastOutcome().error()).as("associating a flow with %s in %s", number.name(), region)
                    .isNull();
        }
    }

    @Then("every number is CLAIMED on the traffic distribution group {string}")
    public void everyNumberIsClaimedOnTheGroup(String group) {
        for (NumberRef number : context.numbers()) {
            for (String region : new String[] {context.sourceRegion(), context.replicaRegion()}) {
                ClaimedPhoneNumberSummary seen = world.describeNumber(context.in(region), number.arn());
                assertThat(seen.phoneNumberStatus().statusAsString()).as("%s seen from %s", number.name(), region)
                        .isEqualTo("CLAIMED");
                assertThat(seen.targetArn()).isEqualTo(context.group(group).arn());
            }
        }
    }

    @Then("every number has a flow in the source region and in the replica region")
    public void everyNumberHasAFlowInBothRegions() {
        String instanceId = world.replicatedInstance();
        for (NumberRef number : context.numbers()) {
            for (String region : new String[] {context.sourceRegion(), context.replicaRegion()}) {
                assertThat(flows.flowOf(context.in(region), instanceId, number))
                        .as("flow of %s in %s", number.name(), region).isPresent();
            }
        }
    }
}
