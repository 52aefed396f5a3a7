package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.NumberTarget;
import dev.connectconformance.suite.support.NumberTargets;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.RepeatableRequest;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberResponse;

/**
 * Moving claimed numbers between targets (UpdatePhoneNumber) and releasing them (ReleasePhoneNumber). A step
 * that names neither region nor reference calls the source region and names the number by its id.
 */
public class PhoneNumberMoveSteps {

    private final ScenarioContext context;
    private final World world;
    private final NumberTargets targets;
    private final RepeatableRequest repeatable;

    public PhoneNumberMoveSteps(ScenarioContext context, World world, NumberTargets targets,
            RepeatableRequest repeatable) {
        this.context = context;
        this.world = world;
        this.targets = targets;
        this.repeatable = repeatable;
    }

    // --- moves

    /** A move under way (IN_PROGRESS) that the scenario does not judge. */
    @Given("{numbers} is being moved to {target}")
    public void theNumberIsBeingMoved(List<NumberRef> numbers, NumberTarget target) {
        numbers.forEach(number -> context.source().updatePhoneNumber(b -> b.phoneNumberId(number.id())
                .targetArn(target.arn())));
    }

    /** Moves each number in turn; the first refusal ends the step, and the Then steps judge it. */
    @When("{numbers} is moved to {target}")
    public void theNumbersAreMoved(List<NumberRef> numbers, NumberTarget target) {
        for (NumberRef number : numbers) {
            move(number, target.arn(), context.sourceRegion(), Reference.ID, null);
            if (context.lastOutcome().failed()) {
                return;
            }
        }
    }

    @When("the number {string}, {reference}, is moved to {target} by a call in {region}")
    public void theNumberIsMovedByACallIn(String name, Reference reference, NumberTarget target, String region) {
        move(context.number(name), target.arn(), region, reference, null);
    }

    @When("the number {string} is moved to {target} with the token {string}")
    public void theNumberIsMovedWithToken(String name, NumberTarget target, String token) {
        NumberRef number = context.number(name);
        move(number, target.arn(), context.sourceRegion(), Reference.ID, token);
        repeatable.record("UpdatePhoneNumber", token, again -> context.source().updatePhoneNumber(b -> b
                .phoneNumberId(number.id()).targetArn(target.arn()).clientToken(again)));
    }

    @When("the number {string} is moved without naming a target")
    public void theNumberIsMovedWithoutTarget(String name) {
        NumberRef number = context.number(name);
        context.attempt("UpdatePhoneNumber", () -> context.source().updatePhoneNumber(b -> b.phoneNumberId(number.id())));
    }

    private void move(NumberRef number, String targetArn, String region, Reference reference, String token) {
        context.attempt("UpdatePhoneNumber", () -> context.in(region).updatePhoneNumber(b -> b
                .phoneNumberId(reference.of(number.id(), number.arn())).targetArn(targetArn).clientToken(token)));
    }

    @Then("the answer names the number {string} by its id and its ARN")
    public void theAnswerNamesTheNumber(String name) {
        NumberRef number = context.number(name);
        UpdatePhoneNumberResponse answer = context.lastOutcome().response(UpdatePhoneNumberResponse.class);
        assertThat(answer.phoneNumberId()).isEqualTo(number.id());
        assertThat(answer.phoneNumberArn()).isEqualTo(number.arn());
    }

    // --- releases and the rest period

    @When("the number {string}, {reference}, is released by a call in {region}")
    public void theNumberIsReleased(String name, Reference reference, String region) {
        NumberRef number = context.number(name);
        context.attempt("ReleasePhoneNumber", () -> context.in(region)
                .releasePhoneNumber(b -> b.phoneNumberId(reference.of(number.id(), number.arn()))));
    }

    /** Released in the source region once its last change finished, and gone. */
    @Given("the number {string} was released")
    public void theNumberWasReleased(String name) {
        NumberRef number = context.number(name);
        world.awaitNumberSettled(number);
        context.source().releasePhoneNumber(b -> b.phoneNumberId(number.id()));
        awaitGone(number);
    }

    /** Moves the simulator's clock past the release. */
    @Given("the number {string} was released {int} days ago")
    public void theNumberWasReleasedDaysAgo(String name, int days) {
        theNumberWasReleased(name);
        context.simulatorAdmin().advanceClock(Duration.ofDays(days));
    }

    @Then("{numbers} is eventually gone")
    public void theNumbersAreEventuallyGone(List<NumberRef> numbers) {
        numbers.forEach(this::awaitGone);
    }

    private void awaitGone(NumberRef number) {
        context.poller().until("number " + number.name() + " being released", () -> {
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
}
