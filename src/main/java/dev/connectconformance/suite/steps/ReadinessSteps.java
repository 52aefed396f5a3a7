package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.Flows;
import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import dev.connectconformance.suite.target.AwsResources;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.TelephonyConfig;

/**
 * Read-only checks before a migration. The group and the plan come from the resources file on a real
 * account; on the simulator a prepared account stands in: a group with two numbers wired to flows in both
 * regions, and one number still on the instance that the plan names.
 */
public class ReadinessSteps {

    private final ScenarioContext context;
    private final World world;
    private final Flows flows;
    private final FlowSteps flowSteps;
    private GroupRef group;
    private List<String> plannedNumbers = List.of();
    private int limit;

    public ReadinessSteps(ScenarioContext context, World world, Flows flows, FlowSteps flowSteps) {
        this.context = context;
        this.world = world;
        this.flows = flows;
        this.flowSteps = flowSteps;
    }

    @Given("the traffic distribution group of the migration plan")
    public void theGroupOfThePlan() {
        world.replicatedInstance();
        if (context.target().configuredResources().isPresent()) {
            AwsResources resources = context.target().configuredResources().get();
            group = new GroupRef("plan", World.idOf(resources.trafficDistributionGroupArn()),
                    resources.trafficDistributionGroupArn());
            plannedNumbers = resources.plannedNumbers();
            limit = resources.numbersPerTarget();
            return;
        }
        prepareAccount();
    }

    private void prepareAccount() {
        group = world.activeGroup("plan");
        context.source().updateTrafficDistribution(b -> b.id(group.arn()).telephonyConfig(TelephonyConfig.builder()
                .distributions(Distribution.builder().region(context.sourceRegion()).percentage(50).build(),
                        Distribution.builder().region(context.replicaRegion()).percentage(50).build()).build()));
        world.awaitGroupStatus(group, "ACTIVE");
        for (String name : List.of("sales line", "service line")) {
            NumberRef number = world.numberOnInstance(name);
            context.source().updatePhoneNumber(b -> b.phoneNumberId(number.id()).targetArn(group.arn()));
            world.awaitNumberSettled(number);
            flowSteps.associate(context.sourceRegion(), number, context.sourceRegion(), Reference.ID);
            flowSteps.associate(context.replicaRegion(), number, context.replicaRegion(), Reference.ARN);
        }
        plannedNumbers = List.of(world.numberOnInstance("still to move").arn());
        limit = context.simulatorAdmin().quotas().phoneNumbersFor(group.arn());
    }

    private List<ListPhoneNumbersSummary> numbersOnGroup() {
        return world.listNumbers(context.source(), group.arn(), null);
    }

    @Then("the group is ACTIVE when described in the source region")
    public void activeInTheSourceRegion() {
        assertThat(world.describeGroup(context.source(), group.id()).statusAsString()).isEqualTo("ACTIVE");
    }

    @Then("the group is ACTIVE when described in the replica region by its ARN")
    public void activeInTheReplicaRegion() {
        assertThat(world.describeGroup(context.replica(), group.arn()).statusAsString()).isEqualTo("ACTIVE");
    }

    @Then("every number on the group is CLAIMED")
    public void everyNumberIsClaimed() {
        List<ListPhoneNumbersSummary> numbers = numbersOnGroup();
        assertThat(numbers).as("numbers on the group").isNotEmpty();
        for (ListPhoneNumbersSummary number : numbers) {
            ClaimedPhoneNumberSummary seen = world.describeNumber(context.source(), number.phoneNumberArn());
            assertThat(seen.phoneNumberStatus().statusAsString()).as("%s (%s)", number.phoneNumberArn(),
                    seen.phoneNumberStatus().message()).isEqualTo("CLAIMED");
        }
    }

    @Then("every number on the group can be looked up by ARN in the source region and in the replica region")
    public void everyNumberVisibleInBothRegions() {
        for (ListPhoneNumbersSummary number : numbersOnGroup()) {
            for (String region : List.of(context.sourceRegion(), context.replicaRegion())) {
                assertThat(world.describeNumber(context.in(region), number.phoneNumberArn()).targetArn())
                        .as("%s seen from %s", number.phoneNumberArn(), region).isEqualTo(group.arn());
            }
        }
    }

    @Then("every number on the group has a flow in the source region and in the replica region")
    public void everyNumberHasAFlowInBothRegions() {
        List<ListPhoneNumbersSummary> numbers = numbersOnGroup();
        assertThat(numbers).as("numbers on the group").isNotEmpty();
        String instanceId = world.replicatedInstance();
        for (ListPhoneNumbersSummary listed : numbers) {
            NumberRef number = new NumberRef(listed.phoneNumber(), listed.phoneNumberId(), listed.phoneNumberArn(),
                    listed.phoneNumber());
            for (String region : List.of(context.sourceRegion(), context.replicaRegion())) {
                assertThat(flows.flowOf(context.in(region), instanceId, number))
                        .as("flow of %s in %s", listed.phoneNumberArn(), region).isPresent();
            }
        }
    }

    @Then("the telephony split of the group names the source region and the replica region")
    public void theSplitNamesBothRegions() {
        assertThat(telephonySplit()).extracting(Distribution::region)
                .containsExactlyInAnyOrder(context.sourceRegion(), context.replicaRegion());
    }

    @Then("its shares add up to {int}")
    public void itsSharesAddUpTo(int total) {
        assertThat(telephonySplit().stream().mapToInt(Distribution::percentage).sum()).isEqualTo(total);
    }

    private List<Distribution> telephonySplit() {
        TelephonyConfig config = context.source().getTrafficDistribution(b -> b.id(group.arn())).telephonyConfig();
        assertThat(config).as("telephony split of the group").isNotNull();
        return config.distributions();
    }

    @Then("every number the plan still has to move is CLAIMED")
    public void everyPlannedNumberIsClaimed() {
        assertThat(plannedNumbers).as("numbers the plan names").isNotEmpty();
        for (String arn : plannedNumbers) {
            ClaimedPhoneNumberSummary seen = world.describeNumber(context.source(), arn);
            assertThat(seen.phoneNumberStatus().statusAsString()).as(arn).isEqualTo("CLAIMED");
            assertThat(seen.targetArn()).as("%s is not on the group yet", arn).isNotEqualTo(group.arn());
        }
    }

    @Then("the group has room for them under its limit")
    public void theGroupHasRoom() {
        assertThat(numbersOnGroup().size() + plannedNumbers.size()).as("numbers on the group after the move")
                .isLessThanOrEqualTo(limit);
    }
}
