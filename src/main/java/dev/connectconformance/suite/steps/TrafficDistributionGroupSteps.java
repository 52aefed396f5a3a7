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
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.DescribeTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/** Traffic distribution groups: creation, lifecycle, addressing from both regions (the split: TrafficSplitSteps). */
public class TrafficDistributionGroupSteps {

    private final ScenarioContext context;
    private final World world;
    private boolean completionFailureArmed;

    public TrafficDistributionGroupSteps(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
    }

    @Given("an active traffic distribution group {string}")
    public void anActiveGroup(String name) {
        world.activeGroup(name);
    }

    @Given("a traffic distribution group {string} that is still being created")
    public void aGroupStillBeingCreated(String name) {
        world.createGroup(name, world.replicatedInstance());
    }

    @Given("the default traffic distribution group")
    public void theDefaultGroup() {
        world.defaultGroup();
    }

    @Given("another account with an active traffic distribution group {string}")
    public void anotherAccountsGroup(String name) {
        world.otherAccountGroup(name);
    }

    @Given("the traffic distribution group {string} is confirmed ACTIVE")
    public void confirmedActive(String name) {
        assertThat(world.describeGroup(context.source(), context.group(name).arn()).statusAsString()).isEqualTo("ACTIVE");
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

    @When("the traffic distribution group {string} is deleted in {region}")
    public void theGroupIsDeleted(String name, String region) {
        GroupRef group = context.group(name);
        context.attempt("DeleteTrafficDistributionGroup", () -> context.in(region)
                .deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.arn())));
    }

    @When("the default traffic distribution group of the instance is looked up")
    public void theDefaultGroupIsLookedUp() {
        GroupRef group = world.defaultGroup();
        context.attempt("DescribeTrafficDistributionGroup", () -> context.source()
                .describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.arn())));
    }

    @When("the traffic distribution group {string} is described in {region} by {reference}")
    public void theGroupIsDescribed(String name, String region, Reference reference) {
        GroupRef group = context.group(name);
        context.attempt("DescribeTrafficDistributionGroup", () -> context.in(region)
                .describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(reference.of(group.id(), group.arn()))));
    }

    @When("a traffic distribution group that does not exist is described in {region}")
    public void aMissingGroupIsDescribed(String region) {
        String arn = "arn:aws:connect:" + region + ":" + context.accountId() + ":traffic-distribution-group/"
                + java.util.UUID.randomUUID();
        context.attempt("DescribeTrafficDistributionGroup", () -> context.in(region)
                .describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(arn)));
    }

    @Then("the traffic distribution group {string} is {status}")
    public void theGroupIs(String name, String status) {
        assertThat(world.describeGroup(context.source(), context.group(name).arn()).statusAsString()).isEqualTo(status);
    }

    @Then("the traffic distribution group {string} becomes {status}")
    public void theGroupBecomes(String name, String status) {
        world.awaitGroupStatus(context.group(name), status);
    }

    @Then("the traffic distribution group {string} is eventually gone")
    public void theGroupIsGone(String name) {
        GroupRef group = context.group(name);
        ConnectClient source = context.source();
        context.poller().until("traffic distribution group " + name + " disappearing", () -> {
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

    @Then("it is marked as the default group")
    public void itIsTheDefaultGroup() {
        DescribeTrafficDistributionGroupResponse described = (DescribeTrafficDistributionGroupResponse) context.lastOutcome().response();
        assertThat(described).as("the group was described").isNotNull();
        assertThat(described.trafficDistributionGroup().isDefault()).isTrue();
    }

    @Then("the traffic distribution group {string} is shown")
    public void theGroupIsShown(String name) {
        GroupRef group = context.group(name);
        DescribeTrafficDistributionGroupResponse described = (DescribeTrafficDistributionGroupResponse) context.lastOutcome().response();
        assertThat(context.lastOutcome().error()).as("describing the group").isNull();
        assertThat(described.trafficDistributionGroup().id()).isEqualTo(group.id());
        assertThat(described.trafficDistributionGroup().arn()).isEqualTo(group.arn());
    }

    @Then("the answer reveals nothing about the traffic distribution group {string}")
    public void theAnswerRevealsNothing(String name) {
        assertThat(context.lastOutcome().response()).isNull();
        assertThat(context.lastOutcome().error().awsErrorDetails().errorMessage())
                .doesNotContain("secret-" + name).doesNotContain("instance/");
    }
}
