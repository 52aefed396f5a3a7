package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.NumberClaims;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.NumberTargets;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import dev.connectconformance.suite.target.ScenarioAccount;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ConnectException;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberResponse;

/** Claiming phone numbers: numbers the scenario starts with, claims it judges, and repeats with a client token. */
public class PhoneNumberClaimSteps {

    private final ScenarioContext context;
    private final World world;
    private final NumberTargets targets;
    private final NumberClaims claims;

    public PhoneNumberClaimSteps(ScenarioContext context, World world, NumberTargets targets, NumberClaims claims) {
        this.context = context;
        this.world = world;
        this.targets = targets;
        this.claims = claims;
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
        world.claim(name, targets.instanceArn(), context.source(), Optional.empty());
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

    // --- claims

    @When("a number {string} is claimed to the traffic distribution group {string} by a call in {region}")
    public void aNumberIsClaimedToTheGroup(String name, String group, String region) {
        claims.claimFresh(name, context.group(group).arn(), region, null);
    }

    @When("a number {string} is claimed to the instance")
    public void aNumberIsClaimedToTheInstance(String name) {
        claims.claimFresh(name, targets.instanceArn(), context.sourceRegion(), null);
    }

    @When("a number {string} is claimed to the traffic distribution group {string} with the token {string}")
    public void aNumberIsClaimedWithToken(String name, String group, String token) {
        claims.claimFresh(name, context.group(group).arn(), context.sourceRegion(), token);
    }

    @When("the same claim is sent again with the token {string}")
    public void theSameClaimAgain(String token) {
        claims.claim("repeat", claims.lastPhoneNumber(), claims.lastTarget(), context.sourceRegion(), token);
    }

    @When("a different number is claimed with the token {string}")
    public void aDifferentNumberWithTheSameToken(String token) {
        String other;
        do {
            other = world.availableNumber(context.source(), claims.lastTarget());
        } while (other.equals(claims.lastPhoneNumber()));
        claims.claim("different", other, claims.lastTarget(), context.sourceRegion(), token);
    }

    @When("the same phone number as {string} is claimed again to the traffic distribution group {string}")
    public void theSamePhoneNumberIsClaimedAgain(String name, String group) {
        claims.claim(name + " again", context.number(name).phoneNumber(), context.group(group).arn(),
                context.sourceRegion(), null);
    }

    @When("an available number is claimed without naming a target")
    public void aNumberIsClaimedWithoutTarget() {
        claims.claimWithoutTarget(world.availableNumber(context.source(), targets.instanceArn()));
    }

    // --- Thens

    /** Blocked means either refused outright (and nothing listed) or accepted and then FAILED with a reason. */
    @Then("the claim of {string} does not leave a claimed number on the instance")
    public void theClaimLeavesNoClaimedNumber(String name) {
        if (context.lastOutcome().failed()) {
            assertThat(context.lastOutcome().error()).isInstanceOf(ConnectException.class);
            assertThat(context.lastOutcome().error().statusCode()).isBetween(400, 499);
            assertThat(world.listNumbers(context.source(), targets.instanceArn(), null))
                    .extracting(ListPhoneNumbersSummary::phoneNumber).doesNotContain(claims.lastPhoneNumber());
        } else {
            ClaimedPhoneNumberSummary settled = world.awaitNumberSettled(context.number(name));
            assertThat(settled.phoneNumberStatus().statusAsString()).isEqualTo("FAILED");
            assertThat(settled.phoneNumberStatus().message()).isNotBlank();
        }
    }

    @Then("no number has been claimed by that request")
    public void noNumberHasBeenClaimed() {
        assertThat(world.listNumbers(context.source(), null, null)).extracting(ListPhoneNumbersSummary::phoneNumber)
                .doesNotContain(claims.lastPhoneNumber());
    }

    /** Judges a repeated claim or move alike: a client token makes the repeat answer like the first request. */
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
}
