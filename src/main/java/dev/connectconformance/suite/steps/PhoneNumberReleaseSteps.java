package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.ErrorKind;
import dev.connectconformance.suite.support.NumberClaims;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.NumberTargets;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/** Releasing phone numbers: the release itself, the number disappearing, and the cooldown before it is offered again. */
public class PhoneNumberReleaseSteps {

    private final ScenarioContext context;
    private final World world;
    private final NumberTargets targets;
    private final NumberClaims claims;
    private final OutcomeSteps outcome;

    public PhoneNumberReleaseSteps(ScenarioContext context, World world, NumberTargets targets, NumberClaims claims,
            OutcomeSteps outcome) {
        this.context = context;
        this.world = world;
        this.targets = targets;
        this.claims = claims;
        this.outcome = outcome;
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
        context.simulatorAdmin().advanceClock(Duration.ofDays(days));
    }

    @When("the number {string} is released by a call in {region}")
    public void theNumberIsReleased(String name, String region) {
        NumberRef number = context.number(name);
        Reference reference = region.equals(context.sourceRegion()) ? Reference.ID : Reference.ARN;
        context.attempt("ReleasePhoneNumber", () -> context.in(region)
                .releasePhoneNumber(b -> b.phoneNumberId(reference.of(number.id(), number.arn()))));
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
        return context.source().searchAvailablePhoneNumbers(b -> b.targetArn(targets.instanceArn())
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .phoneNumberPrefix(phoneNumber).maxResults(10))
                .availableNumbersList().stream().anyMatch(n -> n.phoneNumber().equals(phoneNumber));
    }

    @Then("claiming the phone number of {string} again is refused with a(n) {error} error")
    public void claimingAgainIsRefused(String name, ErrorKind kind) {
        claims.claim(name + " again", context.number(name).phoneNumber(), targets.instanceArn(), context.sourceRegion(), null);
        outcome.theServiceAnswersWith(kind);
    }
}
