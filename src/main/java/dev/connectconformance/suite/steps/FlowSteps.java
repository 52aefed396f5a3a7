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

    /**
     * Lists the replicated instance's flows in the region (by the instance id) and associates an inbound one with
     * each number there, the number named as the step says; the first refusal ends the step.
     */
    @When("a flow of the instance, listed in {region}, is associated with {numbers} there {reference}")
    public void aFlowIsAssociated(String region, List<NumberRef> numbers, Reference reference) {
        for (NumberRef number : numbers) {
            if (!associate(region, number, reference)) {
                return;
            }
        }
    }

    /** Associates a listed flow with the number; on a real account the association is removed afterwards. */
    public boolean associate(String region, NumberRef number, Reference reference) {
        String instanceId = world.replicatedInstance();
        ContactFlowSummary flow = flows.inboundFlow(region, instanceId);
        Object done = context.attempt("AssociatePhoneNumberContactFlow", () -> context.in(region)
                .associatePhoneNumberContactFlow(b -> b.phoneNumberId(reference.of(number.id(), number.arn()))
                        .instanceId(instanceId).contactFlowId(flow.id())));
        if (done == null) {
            return false;
        }
        context.undo().add("remove the flow of " + number.name() + " in " + region, () -> {
            try {
                context.in(region).disassociatePhoneNumberContactFlow(b -> b.phoneNumberId(number.arn())
                        .instanceId(instanceId));
            } catch (ResourceNotFoundException alreadyGone) {
                // removed by the scenario, or with the number
            }
        });
        return true;
    }

    @When("the flow association of the number {string} is removed in {region} {reference}")
    public void theAssociationIsRemoved(String name, String region, Reference reference) {
        NumberRef number = context.number(name);
        String instanceId = world.replicatedInstance();
        context.attempt("DisassociatePhoneNumberContactFlow", () -> context.in(region)
                .disassociatePhoneNumberContactFlow(b -> b.phoneNumberId(reference.of(number.id(), number.arn()))
                        .instanceId(instanceId)));
    }

    /** As ListFlowAssociations shows it in that region. */
    @Then("{numbers} has a flow in {region}")
    public void theNumbersHaveAFlow(List<NumberRef> numbers, String region) {
        for (NumberRef number : numbers) {
            assertThat(flows.flowOf(context.in(region), world.replicatedInstance(), number))
                    .as("flow association of %s listed in %s", number.name(), region).isPresent();
        }
    }

    @Then("{numbers} has no flow in {region}")
    public void theNumbersHaveNoFlow(List<NumberRef> numbers, String region) {
        for (NumberRef number : numbers) {
            assertThat(flows.flowOf(context.in(region), world.replicatedInstance(), number))
                    .as("flow association of %s listed in %s", number.name(), region).isEmpty();
        }
    }

    /** Batch lookups name voice numbers without a resource type: the model's type list has no voice entry. */
    @Then("a batch lookup of the number {string} in {region} finds its flow")
    public void aBatchLookupFindsTheFlow(String name, String region) {
        NumberRef number = context.number(name);
        List<FlowAssociationSummary> found = context.in(region).batchGetFlowAssociation(b -> b
                .instanceId(world.replicatedInstance()).resourceIds(number.arn())).flowAssociationSummaryList();
        assertThat(found).anySatisfy(a -> {
            assertThat(Flows.names(a.resourceId(), number)).isTrue();
            assertThat(a.flowId()).isNotBlank();
        });
    }
}
