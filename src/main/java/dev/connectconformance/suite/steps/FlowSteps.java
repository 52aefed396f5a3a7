package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.Flows;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import software.amazon.awssdk.services.connect.model.ContactFlowSummary;
import software.amazon.awssdk.services.connect.model.FlowAssociationSummary;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/** Associating flows with numbers in either region, and where the association shows up. */
public class FlowSteps {

    private final ScenarioContext context;
    private final World world;
    private final Flows flows;

    public FlowSteps(ScenarioContext context, World world, Flows flows) {
        this.context = context;
        this.world = world;
        this.flows = flows;
    }

    @When("a flow of the instance listed in {region} is associated with {string} in {region} by {reference}")
    public void aFlowIsAssociated(String listedIn, String name, String region, Reference reference) {
        associate(listedIn, context.number(name), region, reference);
    }

    /** Associates a listed flow with the number; on a real account the association is removed afterwards. */
    public void associate(String listedIn, NumberRef number, String region, Reference reference) {
        String instanceId = world.replicatedInstance();
        ContactFlowSummary flow = flows.inboundFlow(listedIn, instanceId);
        Object done = context.attempt("AssociatePhoneNumberContactFlow", () -> context.in(region)
                .associatePhoneNumberContactFlow(b -> b.phoneNumberId(reference.of(number.id(), number.arn()))
                        .instanceId(instanceId).contactFlowId(flow.id())));
        if (done != null) {
            context.undo().add("remove the flow of " + number.name() + " in " + region, () -> {
                try {
                    context.in(region).disassociatePhoneNumberContactFlow(b -> b.phoneNumberId(number.arn())
                            .instanceId(instanceId));
                } catch (ResourceNotFoundException alreadyGone) {
                    // removed by the scenario, or with the number
                }
            });
        }
    }

    @When("the flow association of {string} is removed in {region} by {reference}")
    public void theAssociationIsRemoved(String name, String region, Reference reference) {
        NumberRef number = context.number(name);
        String instanceId = world.replicatedInstance();
        context.attempt("DisassociatePhoneNumberContactFlow", () -> context.in(region)
                .disassociatePhoneNumberContactFlow(b -> b.phoneNumberId(reference.of(number.id(), number.arn()))
                        .instanceId(instanceId)));
    }

    @Then("the number {string} has a flow in {region}")
    public void theNumberHasAFlow(String name, String region) {
        assertThat(flows.flowOf(context.in(region), world.replicatedInstance(), context.number(name)))
                .as("flow association of %s listed in %s", name, region).isPresent();
    }

    @Then("the number {string} has no flow in {region}")
    public void theNumberHasNoFlow(String name, String region) {
        assertThat(context.lastOutcome().error()).as(context.lastOutcome().operation()).isNull();
        assertThat(flows.flowOf(context.in(region), world.replicatedInstance(), context.number(name)))
                .as("flow association of %s listed in %s", name, region).isEmpty();
    }

    /** Batch lookups name voice numbers without a resource type: the model's type list has no voice entry. */
    @Then("a batch lookup of {string} in {region} finds its flow")
    public void aBatchLookupFindsTheFlow(String name, String region) {
        NumberRef number = context.number(name);
        List<FlowAssociationSummary> found = context.in(region).batchGetFlowAssociation(b -> b
                .instanceId(world.replicatedInstance()).resourceIds(number.arn())).flowAssociationSummaryList();
        assertThat(found).anySatisfy(a -> {
            assertThat(Flows.names(a.resourceId(), number)).isTrue();
            assertThat(a.flowId()).isNotBlank();
        });
    }

    @Then("a flow of the instance listed in {region} can be associated with {string} again")
    public void aFlowCanBeAssociatedAgain(String region, String name) {
        associate(region, context.number(name), region, Reference.ID);
        assertThat(context.lastOutcome().error()).as("associating again").isNull();
        theNumberHasAFlow(name, region);
    }
}
