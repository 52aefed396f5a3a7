package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.InstanceKind;
import dev.connectconformance.suite.support.NumberTargets;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.connect.model.ContactFlowSummary;
import software.amazon.awssdk.services.connect.model.ContactFlowType;
import software.amazon.awssdk.services.connect.model.DescribeInstanceResponse;
import software.amazon.awssdk.services.connect.model.DirectoryType;
import software.amazon.awssdk.services.connect.model.ReplicateInstanceResponse;

/** Instances and their replicas: what replication accepts, and what the replica shares with its source. */
public class ReplicationSteps {

    private final ScenarioContext context;
    private final World world;
    private final NumberTargets targets;
    private String instanceRegion;
    private String replicaRegion;
    private final Map<String, List<ContactFlowSummary>> flowsByRegion = new TreeMap<>();

    public ReplicationSteps(ScenarioContext context, World world, NumberTargets targets) {
        this.context = context;
        this.world = world;
        this.targets = targets;
    }

    @Given("an instance replicated from the source region to the replica region")
    public void aReplicatedInstance() {
        world.replicatedInstance();
    }

    @Given("{instance} in {region}")
    public void anInstanceIn(InstanceKind kind, String region) {
        switch (kind) {
            case ACTIVE -> {
                instanceRegion = region;
                world.activeInstance(region, "main");
            }
            case ACTIVE_WITHOUT_ALIAS -> {
                instanceRegion = region;
                String id = world.createInstance(context.in(region), Optional.empty());
                world.awaitInstanceActive(context.in(region), id);
                context.instance("main", id);
            }
            case CONNECT_MANAGED, EXISTING_DIRECTORY -> {
                instanceRegion = region;
                String id = world.createInstance(context.in(region), DirectoryType.valueOf(kind.name()),
                        World.alias("i"));
                world.awaitInstanceActive(context.in(region), id);
                context.instance("main", id);
            }
            case BEING_CREATED -> {
                instanceRegion = region;
                context.instance("main", world.createInstance(context.in(region), Optional.of(World.alias("i"))));
            }
            case SECOND -> targets.secondInstanceArn(world.instanceArn(world.activeInstance(region, "second"), region));
        }
    }

    @Given("another instance already uses the alias {string}")
    public void anotherInstanceUsesAlias(String alias) {
        String id = context.in(region()).createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias(alias).inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        world.awaitInstanceActive(context.in(region()), id);
    }

    @Given("a flow {string} on the instance")
    public void aFlowOnTheInstance(String name) {
        context.in(region()).createContactFlow(b -> b.instanceId(context.instanceId()).name(name)
                .type(ContactFlowType.CONTACT_FLOW).content("{\"Version\":\"2019-10-30\",\"StartAction\":\"end\","
                        + "\"Actions\":[{\"Identifier\":\"end\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},"
                        + "\"Transitions\":{}}]}"));
    }

    @When("the instance is replicated to {region}")
    public void theInstanceIsReplicated(String region) {
        replicate(region, World.alias("r"));
    }

    @When("the instance is replicated to {region} with the alias {string}")
    public void theInstanceIsReplicatedWithAlias(String region, String alias) {
        replicate(region, alias);
    }

    private void replicate(String region, String alias) {
        replicaRegion = region;
        String instanceId = context.instanceId();
        context.attempt("ReplicateInstance", () -> context.in(region()).replicateInstance(b -> b
                .instanceId(instanceId).replicaRegion(region).replicaAlias(alias)));
    }

    @Then("the replication is accepted")
    public void theReplicationIsAccepted() {
        ReplicateInstanceResponse response = context.lastOutcome().response(ReplicateInstanceResponse.class);
        assertThat(response.id()).as("the replica keeps the instance id").isEqualTo(context.instanceId());
        assertThat(response.arn()).startsWith("arn:aws:connect:" + replicaRegion + ":" + context.accountId() + ":instance/")
                .endsWith("/" + context.instanceId());
        world.awaitInstanceActive(context.in(replicaRegion), context.instanceId());
    }

    /** An instance has no ARN of its own in the replica region's requests: it is named by its id. */
    @When("the instance is described in {region} by its id")
    public void theInstanceIsDescribed(String region) {
        String instanceId = world.replicatedInstance();
        context.attempt("DescribeInstance", () -> context.in(region).describeInstance(b -> b.instanceId(instanceId)));
    }

    @Then("the instance signs its users in through SAML")
    public void theInstanceUsesSaml() {
        DescribeInstanceResponse described = context.lastOutcome().response(DescribeInstanceResponse.class);
        assertThat(described.instance().identityManagementType()).isEqualTo(DirectoryType.SAML);
    }

    @Then("the instance has the same id and an ARN in the replica region")
    public void theInstanceHasTheSameId() {
        DescribeInstanceResponse described = context.lastOutcome().response(DescribeInstanceResponse.class);
        assertThat(described.instance().id()).isEqualTo(context.instanceId());
        assertThat(described.instance().arn())
                .startsWith("arn:aws:connect:" + context.replicaRegion() + ":" + context.accountId() + ":instance/")
                .endsWith("/" + context.instanceId());
    }

    @When("the flows of the instance are listed in the source region and in the replica region")
    public void theFlowsAreListedInBothRegions() {
        String instanceId = world.replicatedInstance();
        for (String region : List.of(context.sourceRegion(), context.replicaRegion())) {
            flowsByRegion.put(region, listFlows(region, instanceId));
        }
    }

    @Then("both regions list the same flows")
    public void bothRegionsListTheSameFlows() {
        List<String> sourceIds = flowsByRegion.get(context.sourceRegion()).stream().map(ContactFlowSummary::id).toList();
        List<String> replicaIds = flowsByRegion.get(context.replicaRegion()).stream().map(ContactFlowSummary::id).toList();
        assertThat(sourceIds).isNotEmpty();
        assertThat(replicaIds).containsExactlyInAnyOrderElementsOf(sourceIds);
    }

    @Then("every flow listed in a region has an ARN of that region")
    public void everyFlowHasAnArnOfItsRegion() {
        flowsByRegion.forEach((region, flows) -> assertThat(flows).allSatisfy(flow -> assertThat(flow.arn())
                .startsWith("arn:aws:connect:" + region + ":" + context.accountId() + ":instance/" + context.instanceId()
                        + "/contact-flow/")));
    }

    @Then("the flow {string} is listed for the instance in {region}")
    public void theFlowIsListed(String name, String region) {
        assertThat(listFlows(region, context.instanceId())).extracting(ContactFlowSummary::name).contains(name);
    }

    private List<ContactFlowSummary> listFlows(String region, String instanceId) {
        List<ContactFlowSummary> flows = new ArrayList<>();
        context.in(region).listContactFlowsPaginator(b -> b.instanceId(instanceId)).contactFlowSummaryList()
                .forEach(flows::add);
        return flows;
    }

    private String region() {
        return instanceRegion == null ? context.sourceRegion() : instanceRegion;
    }
}
