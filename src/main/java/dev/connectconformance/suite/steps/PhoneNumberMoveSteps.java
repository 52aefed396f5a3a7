package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.NumberTargets;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberResponse;

/** Moving claimed numbers between targets (UpdatePhoneNumber): the targets, the per-target quota, the moves. */
public class PhoneNumberMoveSteps {

    private final ScenarioContext context;
    private final World world;
    private final NumberTargets targets;
    private String lastMoveTarget;

    public PhoneNumberMoveSteps(ScenarioContext context, World world, NumberTargets targets) {
        this.context = context;
        this.world = world;
        this.targets = targets;
    }

    // --- Givens: targets, quotas, moves under way

    @Given("a second active instance in {region}")
    public void aSecondActiveInstance(String region) {
        String id = world.activeInstance(region, "second");
        targets.secondInstanceArn(world.instanceArn(id, region));
    }

    @Given("a traffic distribution group {string} created in the replica region for another replicated instance")
    public void aGroupCreatedInTheReplicaRegion(String name) {
        ConnectClient west = context.replica();
        String id = world.createInstance(west, Optional.of(World.alias("west")));
        world.awaitInstanceActive(west, id);
        world.replicate(west, id, context.source());
        var created = west.createTrafficDistributionGroup(b -> b.name(World.alias(name)).instanceId(id));
        GroupRef group = new GroupRef(name, created.id(), created.arn());
        context.poller().until("group " + name + " becoming ACTIVE", () -> west
                .describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.arn()))
                .trafficDistributionGroup().statusAsString(), "ACTIVE"::equals);
        context.group(group);
    }

    @Given("the traffic distribution group {string} takes at most {int} number(s)")
    public void theGroupTakesAtMost(String group, int limit) {
        context.simulatorAdmin().setPhoneNumbersPerTarget(context.group(group).arn(), limit);
    }

    @Given("the instance takes at most {int} number(s)")
    public void theInstanceTakesAtMost(int limit) {
        context.simulatorAdmin().setPhoneNumbersPerTarget(targets.instanceArn(), limit);
    }

    @Given("the number {string} is being moved to the traffic distribution group {string}")
    public void theNumberIsBeingMoved(String name, String group) {
        NumberRef number = context.number(name);
        context.source().updatePhoneNumber(b -> b.phoneNumberId(number.id()).targetArn(context.group(group).arn()));
    }

    // --- moves

    @When("the number {string} is moved to the traffic distribution group {string}")
    public void theNumberIsMoved(String name, String group) {
        move(name, context.group(group).arn(), context.sourceRegion(), Reference.ID, null);
    }

    @When("the number {string} is moved to the traffic distribution group {string} by a call in {region}")
    public void theNumberIsMovedFrom(String name, String group, String region) {
        move(name, context.group(group).arn(), region, Reference.ARN, null);
    }

    @When("the number {string} is moved to the traffic distribution group {string} with the token {string}")
    public void theNumberIsMovedWithToken(String name, String group, String token) {
        lastMoveTarget = context.group(group).arn();
        move(name, lastMoveTarget, context.sourceRegion(), Reference.ID, token);
    }

    @When("the same move is sent again with the token {string}")
    public void theSameMoveAgain(String token) {
        NumberRef number = context.numbers().get(context.numbers().size() - 1);
        move(number.name(), lastMoveTarget, context.sourceRegion(), Reference.ID, token);
    }

    @When("the number {string} is moved to the instance")
    public void theNumberIsMovedToTheInstance(String name) {
        move(name, targets.instanceArn(), context.sourceRegion(), Reference.ID, null);
    }

    @When("the number {string} is moved to the second instance")
    public void theNumberIsMovedToTheSecondInstance(String name) {
        move(name, targets.secondInstanceArn(), context.sourceRegion(), Reference.ID, null);
    }

    @When("the number {string} is moved to a traffic distribution group that does not exist")
    public void theNumberIsMovedToAMissingGroup(String name) {
        move(name, "arn:aws:connect:" + context.sourceRegion() + ":" + context.accountId()
                + ":traffic-distribution-group/" + UUID.randomUUID(), context.sourceRegion(), Reference.ID, null);
    }

    @When("the number {string} is moved without naming a target")
    public void theNumberIsMovedWithoutTarget(String name) {
        NumberRef number = context.number(name);
        context.attempt("UpdatePhoneNumber", () -> context.source().updatePhoneNumber(b -> b.phoneNumberId(number.id())));
    }

    private void move(String name, String targetArn, String region, Reference reference, String token) {
        NumberRef number = context.number(name);
        context.attempt("UpdatePhoneNumber", () -> context.in(region).updatePhoneNumber(b -> b
                .phoneNumberId(reference.of(number.id(), number.arn())).targetArn(targetArn).clientToken(token)));
    }

    // --- Thens

    @Then("the answer names the number {string} by its id and its ARN")
    public void theAnswerNamesTheNumber(String name) {
        NumberRef number = context.number(name);
        UpdatePhoneNumberResponse answer = (UpdatePhoneNumberResponse) context.lastOutcome().response();
        assertThat(context.lastOutcome().error()).as("the move").isNull();
        assertThat(answer.phoneNumberId()).isEqualTo(number.id());
        assertThat(answer.phoneNumberArn()).isEqualTo(number.arn());
    }
}
