package dev.connectconformance.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.conformance.support.ErrorKind;
import dev.connectconformance.conformance.support.GroupRef;
import dev.connectconformance.conformance.support.NumberRef;
import dev.connectconformance.conformance.support.Reference;
import dev.connectconformance.conformance.support.ScenarioContext;
import dev.connectconformance.conformance.support.World;
import dev.connectconformance.conformance.target.ScenarioAccount;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ConnectException;
import software.amazon.awssdk.services.connect.model.DescribePhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberResponse;

/** Claimed phone numbers: claiming, moving between targets, statuses, lookups, listing and releasing. */
public class PhoneNumberSteps {

    private final ScenarioContext context;
    private final World world;
    private final OutcomeSteps outcome;
    private String secondInstanceArn;
    private String lastClaimedPhoneNumber;
    private String lastClaimTarget;
    private List<ListPhoneNumbersSummary> listed = List.of();

    public PhoneNumberSteps(ScenarioContext context, World world, OutcomeSteps outcome) {
        this.context = context;
        this.world = world;
        this.outcome = outcome;
    }

    private String instanceArn() {
        return world.instanceArn(world.replicatedInstance(), context.sourceRegion());
    }

    // --- Givens

    @Given("a number {string} claimed to the instance")
    public void aNumberClaimedToTheInstance(String name) {
        world.numberOnInstance(name);
    }

    @Given("a number {string} claimed to the traffic distribution group {string}")
    public void aNumberClaimedToTheGroup(String name, String group) {
        world.numberOnGroup(name, context.group(group));
    }

    @Given("{int} numbers claimed to the traffic distribution group {string}")
    public void numbersClaimedToTheGroup(int count, String group) {
        for (int i = 1; i <= count; i++) {
            world.numberOnGroup("number " + i, context.group(group));
        }
    }

    @Given("a number {string} that is still being claimed to the instance")
    public void aNumberBeingClaimed(String name) {
        world.claim(name, instanceArn(), context.source(), Optional.empty());
    }

    @Given("the number {string} is being moved to the traffic distribution group {string}")
    public void theNumberIsBeingMoved(String name, String group) {
        NumberRef number = context.number(name);
        context.source().updatePhoneNumber(b -> b.phoneNumberId(number.id()).targetArn(context.group(group).arn()));
    }

    @Given("the traffic distribution group {string} takes at most {int} number(s)")
    public void theGroupTakesAtMost(String group, int limit) {
        context.simulatorControls().limitNumbersPerTarget(context.group(group).arn(), limit);
    }

    @Given("the instance takes at most {int} number(s)")
    public void theInstanceTakesAtMost(int limit) {
        context.simulatorControls().limitNumbersPerTarget(instanceArn(), limit);
    }

    @Given("a second active instance in {region}")
    public void aSecondActiveInstance(String region) {
        String id = world.activeInstance(region, "second");
        secondInstanceArn = world.instanceArn(id, region);
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

    @Given("another account holds a number {string}")
    public void anotherAccountHoldsANumber(String name) {
        ScenarioAccount other = context.newOtherAccount();
        ConnectClient client = other.in(context.sourceRegion());
        String id = world.createInstance(client, Optional.of(World.alias("other")));
        world.awaitInstanceActive(client, id);
        String arn = client.describeInstance(b -> b.instanceId(id)).instance().arn();
        String phoneNumber = world.availableNumber(client, arn);
        ClaimPhoneNumberResponse claimed = client.claimPhoneNumber(b -> b.targetArn(arn).phoneNumber(phoneNumber));
        context.number(new NumberRef(name, claimed.phoneNumberId(), claimed.phoneNumberArn(), phoneNumber));
    }

    @Given("the number {string} was released")
    public void theNumberWasReleased(String name) {
        NumberRef number = context.number(name);
        world.awaitNumberSettled(number);
        context.source().releasePhoneNumber(b -> b.phoneNumberId(number.id()));
        theNumberIsEventuallyGone(name);
    }

    @Given("the number {string} was released {int} days ago")
    public void theNumberWasReleasedDaysAgo(String name, int days) {
        theNumberWasReleased(name);
        context.simulatorControls().advanceClock(Duration.ofDays(days));
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
        lastClaimTarget = context.group(group).arn();
        move(name, lastClaimTarget, context.sourceRegion(), Reference.ID, token);
    }

    @When("the same move is sent again with the token {string}")
    public void theSameMoveAgain(String token) {
        NumberRef number = context.numbers().get(context.numbers().size() - 1);
        move(number.name(), lastClaimTarget, context.sourceRegion(), Reference.ID, token);
    }

    @When("the number {string} is moved to the instance")
    public void theNumberIsMovedToTheInstance(String name) {
        move(name, instanceArn(), context.sourceRegion(), Reference.ID, null);
    }

    @When("the number {string} is moved to the second instance")
    public void theNumberIsMovedToTheSecondInstance(String name) {
        move(name, secondInstanceArn, context.sourceRegion(), Reference.ID, null);
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

    // --- claims

    @When("a number {string} is claimed to the traffic distribution group {string} by a call in {region}")
    public void aNumberIsClaimedToTheGroup(String name, String group, String region) {
        claimFresh(name, context.group(group).arn(), region, null);
    }

    @When("a number {string} is claimed to the instance")
    public void aNumberIsClaimedToTheInstance(String name) {
        claimFresh(name, instanceArn(), context.sourceRegion(), null);
    }

    @When("a number {string} is claimed to the traffic distribution group {string} with the token {string}")
    public void aNumberIsClaimedWithToken(String name, String group, String token) {
        claimFresh(name, context.group(group).arn(), context.sourceRegion(), token);
    }

    @When("the same claim is sent again with the token {string}")
    public void theSameClaimAgain(String token) {
        claim("repeat", lastClaimedPhoneNumber, lastClaimTarget, context.sourceRegion(), token);
    }

    @When("a different number is claimed with the token {string}")
    public void aDifferentNumberWithTheSameToken(String token) {
        String other;
        do {
            other = world.availableNumber(context.source(), lastClaimTarget);
        } while (other.equals(lastClaimedPhoneNumber));
        claim("different", other, lastClaimTarget, context.sourceRegion(), token);
    }

    @When("the same phone number as {string} is claimed again to the traffic distribution group {string}")
    public void theSamePhoneNumberIsClaimedAgain(String name, String group) {
        claim(name + " again", context.number(name).phoneNumber(), context.group(group).arn(), context.sourceRegion(), null);
    }

    @When("an available number is claimed without naming a target")
    public void aNumberIsClaimedWithoutTarget() {
        lastClaimedPhoneNumber = world.availableNumber(context.source(), instanceArn());
        context.attempt("ClaimPhoneNumber", () -> context.source().claimPhoneNumber(b -> b.phoneNumber(lastClaimedPhoneNumber)));
    }

    private void claimFresh(String name, String targetArn, String region, String token) {
        claim(name, world.availableNumber(context.source(), targetArn), targetArn, region, token);
    }

    private void claim(String name, String phoneNumber, String targetArn, String region, String token) {
        lastClaimedPhoneNumber = phoneNumber;
        lastClaimTarget = targetArn;
        ClaimPhoneNumberResponse claimed = context.attempt("ClaimPhoneNumber", () -> context.in(region)
                .claimPhoneNumber(b -> b.targetArn(targetArn).phoneNumber(phoneNumber).clientToken(token)));
        if (claimed != null) {
            NumberRef number = new NumberRef(name, claimed.phoneNumberId(), claimed.phoneNumberArn(), phoneNumber);
            world.registerRelease(number);
            context.number(number);
        }
    }

    // --- release and metadata

    @When("the number {string} is released by a call in {region}")
    public void theNumberIsReleased(String name, String region) {
        NumberRef number = context.number(name);
        Reference reference = region.equals(context.sourceRegion()) ? Reference.ID : Reference.ARN;
        context.attempt("ReleasePhoneNumber", () -> context.in(region)
                .releasePhoneNumber(b -> b.phoneNumberId(reference.of(number.id(), number.arn()))));
    }

    @When("the description of the number {string} is changed to {string}")
    public void theDescriptionIsChanged(String name, String description) {
        NumberRef number = context.number(name);
        context.attempt("UpdatePhoneNumberMetadata", () -> context.source().updatePhoneNumberMetadata(b -> b
                .phoneNumberId(number.id()).phoneNumberDescription(description)));
    }

    // --- lookups

    @When("the number {string} is looked up in {region} by {reference}")
    public void theNumberIsLookedUp(String name, String region, Reference reference) {
        NumberRef number = context.number(name);
        context.attempt("DescribePhoneNumber", () -> context.in(region)
                .describePhoneNumber(b -> b.phoneNumberId(reference.of(number.id(), number.arn()))));
    }

    @When("the number {string} is described in {region}")
    public void theNumberNamedIsDescribed(String idOrArn, String region) {
        context.attempt("DescribePhoneNumber", () -> context.in(region).describePhoneNumber(b -> b.phoneNumberId(idOrArn)));
    }

    @When("the numbers of the traffic distribution group {string} are listed in {region}")
    public void theNumbersOfTheGroupAreListed(String group, String region) {
        String arn = context.group(group).arn();
        listed = context.attempt("ListPhoneNumbersV2", () -> world.listNumbers(context.in(region), arn, null));
    }

    @When("the numbers are listed in {region} without a target")
    public void theNumbersAreListed(String region) {
        listed = context.attempt("ListPhoneNumbersV2", () -> world.listNumbers(context.in(region), null, null));
    }

    @When("the numbers are listed in {region} with a page size of {int}")
    public void theNumbersAreListedWithPageSize(String region, int pageSize) {
        listed = context.attempt("ListPhoneNumbersV2", () -> world.listNumbers(context.in(region), null, pageSize));
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

    @Then("the number {string} is {status}")
    public void theNumberIs(String name, String status) {
        assertThat(describe(name).phoneNumberStatus().statusAsString()).isEqualTo(status);
    }

    @Then("the number {string} becomes {status}")
    public void theNumberBecomes(String name, String status) {
        ClaimedPhoneNumberSummary settled = world.awaitNumberSettled(context.number(name));
        assertThat(settled.phoneNumberStatus().statusAsString()).as("status of %s (message: %s)", name,
                settled.phoneNumberStatus().message()).isEqualTo(status);
    }

    @Then("the number {string} is on the traffic distribution group {string}")
    public void theNumberIsOnTheGroup(String name, String group) {
        assertThat(describe(name).targetArn()).isEqualTo(context.group(group).arn());
    }

    @Then("the number {string} is on the instance")
    public void theNumberIsOnTheInstance(String name) {
        assertThat(describe(name).targetArn()).isEqualTo(instanceArn());
    }

    @Then("the number {string} is on the second instance")
    public void theNumberIsOnTheSecondInstance(String name) {
        assertThat(describe(name).targetArn()).isEqualTo(secondInstanceArn);
    }

    @Then("the status message of the number {string} mentions the limit")
    public void theStatusMessageMentionsTheLimit(String name) {
        assertThat(describe(name).phoneNumberStatus().message()).isNotBlank().containsIgnoringCase("limit");
    }

    @Then("the description of the number {string} is {string}")
    public void theDescriptionIs(String name, String description) {
        assertThat(describe(name).phoneNumberDescription()).isEqualTo(description);
    }

    @Then("the number {string} is shown")
    public void theNumberIsShown(String name) {
        assertThat(context.lastOutcome().error()).as("looking up the number").isNull();
        ClaimedPhoneNumberSummary shown = ((DescribePhoneNumberResponse) context.lastOutcome().response())
                .claimedPhoneNumberSummary();
        NumberRef number = context.number(name);
        assertThat(shown.phoneNumberId()).isEqualTo(number.id());
        assertThat(shown.phoneNumberArn()).isEqualTo(number.arn());
        assertThat(shown.phoneNumber()).isEqualTo(number.phoneNumber());
    }

    @Then("the number {string} is eventually gone")
    public void theNumberIsEventuallyGone(String name) {
        NumberRef number = context.number(name);
        context.poller().until("number " + name + " being released", () -> {
            try {
                return world.describeNumber(context.source(), number.arn()).phoneNumberStatus().statusAsString();
            } catch (ResourceNotFoundException gone) {
                return "GONE";
            }
        }, "GONE"::equals);
    }

    @Then("the phone number of {string} is not offered any more")
    public void theNumberIsNotOffered(String name) {
        assertThat(offered(context.number(name).phoneNumber())).isFalse();
    }

    @Then("the phone number of {string} is offered again")
    public void theNumberIsOfferedAgain(String name) {
        assertThat(offered(context.number(name).phoneNumber())).isTrue();
    }

    private boolean offered(String phoneNumber) {
        return context.source().searchAvailablePhoneNumbers(b -> b.targetArn(instanceArn())
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .phoneNumberPrefix(phoneNumber).maxResults(10))
                .availableNumbersList().stream().anyMatch(n -> n.phoneNumber().equals(phoneNumber));
    }

    @Then("claiming the phone number of {string} again is refused with a(n) {error} error")
    public void claimingAgainIsRefused(String name, ErrorKind kind) {
        claim(name + " again", context.number(name).phoneNumber(), instanceArn(), context.sourceRegion(), null);
        outcome.theServiceAnswersWith(kind);
    }

    /** Blocked means either refused outright (and nothing listed) or accepted and then FAILED with a reason. */
    @Then("the claim of {string} does not leave a claimed number on the instance")
    public void theClaimLeavesNoClaimedNumber(String name) {
        if (context.lastOutcome().failed()) {
            assertThat(context.lastOutcome().error()).isInstanceOf(ConnectException.class);
            assertThat(context.lastOutcome().error().statusCode()).isBetween(400, 499);
            assertThat(world.listNumbers(context.source(), instanceArn(), null)).extracting(ListPhoneNumbersSummary::phoneNumber)
                    .doesNotContain(lastClaimedPhoneNumber);
        } else {
            ClaimedPhoneNumberSummary settled = world.awaitNumberSettled(context.number(name));
            assertThat(settled.phoneNumberStatus().statusAsString()).isEqualTo("FAILED");
            assertThat(settled.phoneNumberStatus().message()).isNotBlank();
        }
    }

    @Then("no number has been claimed by that request")
    public void noNumberHasBeenClaimed() {
        assertThat(world.listNumbers(context.source(), null, null)).extracting(ListPhoneNumbersSummary::phoneNumber)
                .doesNotContain(lastClaimedPhoneNumber);
    }

    @Then("the list holds the number {string}")
    public void theListHolds(String name) {
        assertThat(context.lastOutcome().error()).as("listing").isNull();
        assertThat(listed).extracting(ListPhoneNumbersSummary::phoneNumberId).contains(context.number(name).id());
    }

    @Then("the list does not hold the number {string}")
    public void theListDoesNotHold(String name) {
        assertThat(listed).extracting(ListPhoneNumbersSummary::phoneNumberId).doesNotContain(context.number(name).id());
    }

    @Then("both answers name the same number")
    public void bothAnswersNameTheSameNumber() {
        assertThat(context.previousOutcome().error()).as("the first request").isNull();
        assertThat(context.lastOutcome().error()).as("the repeated request").isNull();
        assertThat(numberIdIn(context.lastOutcome().response())).isEqualTo(numberIdIn(context.previousOutcome().response()));
    }

    private static String numberIdIn(Object answer) {
        if (answer instanceof ClaimPhoneNumberResponse claimed) {
            return claimed.phoneNumberId();
        }
        return ((UpdatePhoneNumberResponse) answer).phoneNumberId();
    }

    @Then("exactly one number is on the traffic distribution group {string}")
    public void exactlyOneNumberOnTheGroup(String group) {
        assertThat(world.listNumbers(context.source(), context.group(group).arn(), null)).hasSize(1);
    }

    private ClaimedPhoneNumberSummary describe(String name) {
        return world.describeNumber(context.source(), context.number(name).arn());
    }
}
