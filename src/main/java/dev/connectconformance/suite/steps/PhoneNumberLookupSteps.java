package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.NumberTargets;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.DescribePhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;

/** What the service shows of claimed numbers: describing, listing, their status, target and description. */
public class PhoneNumberLookupSteps {

    private final ScenarioContext context;
    private final World world;
    private final NumberTargets targets;
    private List<ListPhoneNumbersSummary> listed = List.of();

    public PhoneNumberLookupSteps(ScenarioContext context, World world, NumberTargets targets) {
        this.context = context;
        this.world = world;
        this.targets = targets;
    }

    // --- lookups and metadata

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

    @When("the description of the number {string} is changed to {string}")
    public void theDescriptionIsChanged(String name, String description) {
        NumberRef number = context.number(name);
        context.attempt("UpdatePhoneNumberMetadata", () -> context.source().updatePhoneNumberMetadata(b -> b
                .phoneNumberId(number.id()).phoneNumberDescription(description)));
    }

    // --- status, target and description

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

    @Then("the status message of the number {string} mentions the limit")
    public void theStatusMessageMentionsTheLimit(String name) {
        assertThat(describe(name).phoneNumberStatus().message()).isNotBlank().containsIgnoringCase("limit");
    }

    @Then("the number {string} is on the traffic distribution group {string}")
    public void theNumberIsOnTheGroup(String name, String group) {
        assertThat(describe(name).targetArn()).isEqualTo(context.group(group).arn());
    }

    @Then("the number {string} is on the instance")
    public void theNumberIsOnTheInstance(String name) {
        assertThat(describe(name).targetArn()).isEqualTo(targets.instanceArn());
    }

    @Then("the number {string} is on the second instance")
    public void theNumberIsOnTheSecondInstance(String name) {
        assertThat(describe(name).targetArn()).isEqualTo(targets.secondInstanceArn());
    }

    @Then("exactly one number is on the traffic distribution group {string}")
    public void exactlyOneNumberOnTheGroup(String group) {
        assertThat(world.listNumbers(context.source(), context.group(group).arn(), null)).hasSize(1);
    }

    @Then("the description of the number {string} is {string}")
    public void theDescriptionIs(String name, String description) {
        assertThat(describe(name).phoneNumberDescription()).isEqualTo(description);
    }

    // --- the answers of the lookups

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

    @Then("the list holds the number {string}")
    public void theListHolds(String name) {
        assertThat(context.lastOutcome().error()).as("listing").isNull();
        assertThat(listed).extracting(ListPhoneNumbersSummary::phoneNumberId).contains(context.number(name).id());
    }

    @Then("the list does not hold the number {string}")
    public void theListDoesNotHold(String name) {
        assertThat(listed).extracting(ListPhoneNumbersSummary::phoneNumberId).doesNotContain(context.number(name).id());
    }

    private ClaimedPhoneNumberSummary describe(String name) {
        return world.describeNumber(context.source(), context.number(name).arn());
    }
}
