package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.NumberTarget;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.DescribePhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberSummary;

/**
 * What the service shows of claimed numbers: describing, listing, their status, target and description. The
 * Thens that check a number's state describe it in the source region by its full ARN.
 */
public class PhoneNumberLookupSteps {

    private final ScenarioContext context;
    private final World world;
    private List<ListPhoneNumbersSummary> listed = List.of();
    private List<PhoneNumberSummary> listedByTheOlderOperation = List.of();

    public PhoneNumberLookupSteps(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
    }

    // --- lookups and metadata

    @When("the number {string} is looked up in {region} {reference}")
    public void theNumberIsLookedUp(String name, String region, Reference reference) {
        NumberRef number = context.number(name);
        context.attempt("DescribePhoneNumber", () -> context.in(region)
                .describePhoneNumber(b -> b.phoneNumberId(reference.of(number.id(), number.arn()))));
    }

    /** Sends the text as it is: for ids the service must refuse. */
    @When("a number named {string} is looked up in {region}")
    public void aNumberNamedIsLookedUp(String idOrArn, String region) {
        context.attempt("DescribePhoneNumber", () -> context.in(region).describePhoneNumber(b -> b.phoneNumberId(idOrArn)));
    }

    @When("the numbers of {target} are listed in {region}")
    public void theNumbersOfTheTargetAreListed(NumberTarget target, String region) {
        listed = context.attempt("ListPhoneNumbersV2", () -> world.listNumbers(context.in(region), target.arn(), null));
    }

    @When("the numbers of the instance are listed with the older ListPhoneNumbers")
    public void theNumbersAreListedWithTheOlderOperation() {
        String instanceId = world.replicatedInstance();
        listedByTheOlderOperation = context.attempt("ListPhoneNumbers", () -> context.source()
                .listPhoneNumbersPaginator(b -> b.instanceId(instanceId)).phoneNumberSummaryList().stream().toList());
    }

    /** PN-16: arn:aws:connect:<region>:<account>:instance/<instance-id>/phone-number/<id>, for TagResource. */
    @When("the number {string} is tagged by its ARN under the instance")
    public void theNumberIsTaggedByItsArnUnderTheInstance(String name) {
        NumberRef number = context.number(name);
        String underInstance = underTheInstance(number);
        context.undo().add("untag number " + name, () -> context.source().untagResource(b -> b
                .resourceArn(number.arn()).tagKeys("conformance-legacy-arn")));
        context.attempt("TagResource", () -> context.source().tagResource(b -> b.resourceArn(underInstance)
                .tags(Map.of("conformance-legacy-arn", "true"))));
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

    @Then("{numbers} is {status}")
    public void theNumbersAre(List<NumberRef> numbers, String status) {
        numbers.forEach(number -> assertThat(describe(number).phoneNumberStatus().statusAsString())
                .as("status of %s", number.name()).isEqualTo(status));
    }

    /** Waits until the last claim or move has finished, then checks how it ended. */
    @Then("{numbers} becomes {status}")
    public void theNumbersBecome(List<NumberRef> numbers, String status) {
        for (NumberRef number : numbers) {
            ClaimedPhoneNumberSummary settled = world.awaitNumberSettled(number);
            assertThat(settled.phoneNumberStatus().statusAsString()).as("status of %s (message: %s)", number.name(),
                    settled.phoneNumberStatus().message()).isEqualTo(status);
        }
    }

    @Then("the status message of the number {string} mentions the limit")
    public void theStatusMessageMentionsTheLimit(String name) {
        assertThat(describe(context.number(name)).phoneNumberStatus().message()).isNotBlank()
                .containsIgnoringCase("limit");
    }

    @Then("{numbers} is on {target}")
    public void theNumbersAreOn(List<NumberRef> numbers, NumberTarget target) {
        numbers.forEach(number -> assertThat(describe(number).targetArn()).as("target of %s", number.name())
                .isEqualTo(target.arn()));
    }

    @Then("{numbers}, looked up in {region} {reference}, is {status} on {target}")
    public void theNumbersAsSeenFrom(List<NumberRef> numbers, String region, Reference reference, String status,
            NumberTarget target) {
        for (NumberRef number : numbers) {
            ClaimedPhoneNumberSummary seen = world.describeNumber(context.in(region), reference.of(number.id(), number.arn()));
            assertThat(seen.phoneNumberStatus().statusAsString()).as("%s seen from %s", number.name(), region)
                    .isEqualTo(status);
            assertThat(seen.targetArn()).as("target of %s seen from %s", number.name(), region).isEqualTo(target.arn());
        }
    }

    @Then("exactly {int} number(s) is/are on {target}")
    public void exactlyNumbersOn(int count, NumberTarget target) {
        assertThat(world.listNumbers(context.source(), target.arn(), null)).hasSize(count);
    }

    @Then("the description of the number {string} is {string}")
    public void theDescriptionIs(String name, String description) {
        assertThat(describe(context.number(name)).phoneNumberDescription()).isEqualTo(description);
    }

    // --- the answers of the lookups

    @Then("the number {string} is shown")
    public void theNumberIsShown(String name) {
        ClaimedPhoneNumberSummary shown = context.lastOutcome().response(DescribePhoneNumberResponse.class)
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
        assertThat(context.lastOutcome().error()).as("listing").isNull();
        assertThat(listed).extracting(ListPhoneNumbersSummary::phoneNumberId).doesNotContain(context.number(name).id());
    }

    @Then("the older list names the number {string} by its ARN under the instance")
    public void theOlderListNamesTheNumberUnderTheInstance(String name) {
        NumberRef number = context.number(name);
        assertThat(context.lastOutcome().error()).as("listing").isNull();
        assertThat(listedByTheOlderOperation).filteredOn(n -> n.id().equals(number.id())).singleElement()
                .extracting(PhoneNumberSummary::arn).isEqualTo(underTheInstance(number));
    }

    @Then("the list names the number {string} by its full ARN")
    public void theListNamesTheNumberByItsFullArn(String name) {
        NumberRef number = context.number(name);
        assertThat(context.lastOutcome().error()).as("listing").isNull();
        assertThat(listed).filteredOn(n -> n.phoneNumberId().equals(number.id())).singleElement()
                .extracting(ListPhoneNumbersSummary::phoneNumberArn).isEqualTo(number.arn());
    }

    private String underTheInstance(NumberRef number) {
        return number.arn().replace(":phone-number/", ":instance/" + world.replicatedInstance() + "/phone-number/");
    }

    private ClaimedPhoneNumberSummary describe(NumberRef number) {
        return world.describeNumber(context.source(), number.arn());
    }
}
