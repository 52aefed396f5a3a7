package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.DescribeTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroup;

/** Traffic distribution groups: creation, lifecycle, addressing from both regions (the split: TrafficSplitSteps). */
public class TrafficDistributionGroupSteps {

    private final ScenarioContext context;
    private final World world;
    private boolean completionFailureArmed;

    public TrafficDistributionGroupSteps(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
    }

    // --- Givens

    @Given("an active traffic distribution group {string}")
    public void anActiveGroup(String name) {
        world.activeGroup(name);
    }

    @Given("a traffic distribution group {string} that is still being created")
    public void aGroupStillBeingCreated(String name) {
        world.createGroup(name, world.replicatedInstance());
    }

    /**
     * A group held in a status other than ACTIVE (simulator Givens: the clock stands still between steps, failures
     * of the asynchronous part are armed through the admin API).
     */
    @Given("a traffic distribution group {string} that is {status}")
    public void aGroupThatIs(String name, String status) {
        switch (status) {
            case "CREATION_IN_PROGRESS" -> world.createGroup(name, world.replicatedInstance());
            case "CREATION_FAILED" -> {
                theNextCompletionFails("creation");
                world.awaitGroupStatus(world.createGroup(name, world.replicatedInstance()), status);
            }
            case "UPDATE_IN_PROGRESS" -> {
                GroupRef group = world.activeGroup(name);
                context.source().updateTrafficDistribution(b -> b.id(group.arn()).telephonyConfig(t -> t
                        .distributions(half(context.sourceRegion()), half(context.replicaRegion()))));
            }
            case "PENDING_DELETION" -> deleteActiveGroup(name);
            case "DELETION_FAILED" -> {
                theNextCompletionFails("deletion");
                world.awaitGroupStatus(deleteActiveGroup(name), status);
            }
            default -> throw new IllegalArgumentException("no Given for a traffic distribution group that is "
                    + status);
        }
    }

    private GroupRef deleteActiveGroup(String name) {
        GroupRef group = world.activeGroup(name);
        context.source().deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.arn()));
        return group;
    }

    private static Distribution half(String region) {
        return Distribution.builder().region(region).percentage(50).build();
    }

    /** The group replication made; the scenario calls it "default". */
    @Given("the default traffic distribution group")
    public void theDefaultGroup() {
        world.defaultGroup();
    }

    @Given("another account with an active traffic distribution group {string}")
    public void anotherAccountsGroup(String name) {
        world.otherAccountGroup(name);
    }

    /** Made in the replica region, for an instance replicated the other way round (replica region to source). */
    @Given("a traffic distribution group {string} created in the replica region for another replicated instance")
    public void aGroupCreatedInTheReplicaRegion(String name) {
        ConnectClient replica = context.replica();
        String id = world.createInstance(replica, Optional.of(World.alias("west")));
        world.awaitInstanceActive(replica, id);
        world.replicate(replica, id, context.source());
        CreateTrafficDistributionGroupResponse created = replica.createTrafficDistributionGroup(b -> b
                .name(World.alias(name)).instanceId(id));
        context.poller().until("group " + name + " becoming ACTIVE",
                () -> world.describeGroup(replica, created.arn()).statusAsString(), "ACTIVE"::equals);
        context.group(new GroupRef(name, created.id(), created.arn()));
    }

    @Given("the service will let the next {word} of a traffic distribution group fail while it runs")
    public void theNextCompletionFails(String change) {
        String operation = switch (change) {
            case "creation" -> "CreateTrafficDistributionGroup";
            case "deletion" -> "DeleteTrafficDistributionGroup";
            default -> throw new IllegalArgumentException("no asynchronous " + change + " of a group");
        };
        context.simulatorAdmin().addAsyncFailure(operation, 1);
        completionFailureArmed = true;
    }

    @After
    public void disarmCompletionFailures() {
        if (completionFailureArmed) {
            context.simulatorAdmin().clearAsyncFailures();
        }
    }

    // --- requests

    @When("a traffic distribution group {string} is created in {region}")
    public void aGroupIsCreated(String name, String region) {
        String instanceId = world.replicatedInstance();
        CreateTrafficDistributionGroupResponse created = context.attempt("CreateTrafficDistributionGroup",
                () -> context.in(region).createTrafficDistributionGroup(b -> b.name(World.alias(name))
                        .instanceId(instanceId).description("conformance suite: " + name)));
        if (created != null) {
            GroupRef group = new GroupRef(name, created.id(), created.arn());
            world.registerGroupDeletion(group);
            context.group(group);
        }
    }

    /** Named by its full ARN, so that only the region called decides. */
    @When("{group} is deleted in {region}")
    public void theGroupIsDeleted(GroupRef group, String region) {
        context.attempt("DeleteTrafficDistributionGroup", () -> context.in(region)
                .deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.arn())));
    }

    @When("{group} is described in {region} {reference}")
    public void theGroupIsDescribed(GroupRef group, String region, Reference reference) {
        context.attempt("DescribeTrafficDistributionGroup", () -> context.in(region)
                .describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(reference.of(group.id(), group.arn()))));
    }

    // --- Thens

    @Then("{group} is {status}")
    public void theGroupIs(GroupRef group, String status) {
        assertThat(world.describeGroup(context.source(), group.arn()).statusAsString()).isEqualTo(status);
    }

    @Then("{group} becomes {status}")
    public void theGroupBecomes(GroupRef group, String status) {
        world.awaitGroupStatus(group, status);
    }

    @Then("{group} is eventually gone")
    public void theGroupIsGone(GroupRef group) {
        ConnectClient source = context.source();
        context.poller().until("traffic distribution group " + group.name() + " disappearing", () -> {
            try {
                return world.describeGroup(source, group.arn()).statusAsString();
            } catch (ResourceNotFoundException gone) {
                return "GONE";
            }
        }, "GONE"::equals);
        assertThatThrownBy(() -> world.describeGroup(source, group.arn()))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(((ResourceNotFoundException) e).statusCode()).isEqualTo(404));
    }

    @Then("{group} is shown")
    public void theGroupIsShown(GroupRef group) {
        TrafficDistributionGroup shown = context.lastOutcome().response(DescribeTrafficDistributionGroupResponse.class)
                .trafficDistributionGroup();
        assertThat(shown.id()).isEqualTo(group.id());
        assertThat(shown.arn()).isEqualTo(group.arn());
    }

    @Then("the answer marks it as the default group")
    public void itIsTheDefaultGroup() {
        assertThat(context.lastOutcome().response(DescribeTrafficDistributionGroupResponse.class)
                .trafficDistributionGroup().isDefault()).isTrue();
    }

    @Then("the answer reveals nothing about {group}")
    public void theAnswerRevealsNothing(GroupRef group) {
        assertThat(context.lastOutcome().response()).isNull();
        assertThat(context.lastOutcome().error().awsErrorDetails().errorMessage())
                .doesNotContain("secret-" + group.name()).doesNotContain("instance/");
    }
}
