package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.NumberClaims;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.NumberTarget;
import dev.connectconformance.suite.support.NumberTargets;
import dev.connectconformance.suite.support.RepeatableRequest;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import dev.connectconformance.suite.target.ScenarioAccount;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ConnectException;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberResponse;

/**
 * Claiming phone numbers: the numbers a scenario starts with, the claims it judges, the per-target limit, and
 * requests repeated with a client token.
 */
public class PhoneNumberClaimSteps {

    private final ScenarioContext context;
    private final World world;
    private final NumberTargets targets;
    private final NumberClaims claims;
    private final RepeatableRequest repeatable;

    public PhoneNumberClaimSteps(ScenarioContext context, World world, NumberTargets targets, NumberClaims claims,
            RepeatableRequest repeatable) {
        this.context = context;
        this.world = world;
        this.targets = targets;
        this.claims = claims;
        this.repeatable = repeatable;
    }

    // --- Givens

    /** A CLAIMED number; on a real account a read-only scenario uses one the target already holds. */
    @Given("a number {string} claimed to {target}")
    public void aNumberClaimedTo(String name, NumberTarget target) {
        if (target.group().isPresent()) {
            world.numberOnGroup(name, target.group().get());
        } else if (target.replicatedInstance()) {
            world.numberOnInstance(name);
        } else {
            world.claimAndSettle(name, target.arn());
        }
    }

    @Given("these numbers claimed to {target}:")
    public void theseNumbersClaimedTo(NumberTarget target, List<String> names) {
        names.forEach(name -> aNumberClaimedTo(name, target));
    }

    @Given("{int} numbers claimed to {target}")
    public void numbersClaimedTo(int count, NumberTarget target) {
        for (int i = 1; i <= count; i++) {
            aNumberClaimedTo("number " + i, target);
        }
    }

    @Given("a number {string} that is still being claimed to {target}")
    public void aNumberBeingClaimed(String name, NumberTarget target) {
        world.claim(name, target.arn(), context.source(), Optional.empty());
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

    /** The quota "phone numbers per instance", which applies to a group too (simulator admin). */
    @Given("{target} takes at most {int} number(s)")
    public void theTargetTakesAtMost(NumberTarget target, int limit) {
        context.simulatorAdmin().setPhoneNumbersPerTarget(target.arn(), limit);
    }

    // --- claims

    @When("a number {string} is claimed to {target} by a call in {region}")
    public void aNumberIsClaimed(String name, NumberTarget target, String region) {
        claims.claimFresh(name, target.arn(), region, null);
    }

    @When("a number {string} is claimed to {target} with the token {string}")
    public void aNumberIsClaimedWithToken(String name, NumberTarget target, String token) {
        String phoneNumber = claims.freshNumber(target.arn());
        claims.claim(name, phoneNumber, target.arn(), context.sourceRegion(), token);
        repeatable.record("ClaimPhoneNumber", token, again -> context.source().claimPhoneNumber(b -> b
                .targetArn(target.arn()).phoneNumber(phoneNumber).clientToken(again)));
    }

    @When("the same request is sent again with the same token")
    public void theSameRequestAgain() {
        context.attempt(repeatable.operation(), repeatable::sendAgain);
    }

    @When("the phone number of {string} is claimed again to {target}")
    public void thePhoneNumberIsClaimedAgain(String name, NumberTarget target) {
        claims.claim(name + " again", context.number(name).phoneNumber(), target.arn(), context.sourceRegion(), null);
    }

    @When("an available number is claimed without naming a target")
    public void aNumberIsClaimedWithoutTarget() {
        claims.claimWithoutTarget(world.availableNumber(context.source(), targets.instanceArn()));
    }

    /** Moves the simulator's clock (PN-15: a failed claim is kept for a day). */
    @Given("{int} hours pass")
    public void hoursPass(int hours) {
        context.simulatorAdmin().advanceClock(Duration.ofHours(hours));
    }

    // --- Thens

    /** PN-09: a refused claim says which number is not available. */
    @Then("the error names the phone number of {string}")
    public void theErrorNamesThePhoneNumber(String name) {
        assertThat(context.lastOutcome().error()).as("an error").isNotNull()
                .hasMessageContaining(context.number(name).phoneNumber());
    }

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
