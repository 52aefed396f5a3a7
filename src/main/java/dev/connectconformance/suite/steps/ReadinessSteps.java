package dev.connectconformance.suite.steps;

import dev.connectconformance.plan.PlanFile;
import dev.connectconformance.suite.support.Flows;
import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.PlannedNumber;
import dev.connectconformance.suite.support.ReadinessScenario;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import dev.connectconformance.suite.target.AwsResources;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.TelephonyConfig;

/**
 * The account a readiness scenario checks, and the check itself, which is the readiness command's own code. On a
 * real account the group, the instance and an optional plan file come from the resources file and everything else
 * is discovered. On the simulator a prepared account stands in: a group split 50/50 with two numbers wired to flows
 * in both regions, and a plan moving one number of the instance with its flow named; the @simulator-only Givens
 * then break one thing each.
 */
public class ReadinessSteps {

    private final ScenarioContext context;
    private final World world;
    private final Flows flows;
    private final FlowSteps flowSteps;
    private final ReadinessScenario readiness;

    public ReadinessSteps(ScenarioContext context, World world, Flows flows, FlowSteps flowSteps,
                          ReadinessScenario readiness) {
        this.context = context;
        this.world = world;
        this.flows = flows;
        this.flowSteps = flowSteps;
        this.readiness = readiness;
    }

    /** "the group" of the readiness steps; the scenario may also name it, like any group it made. */
    @Given("the traffic distribution group {string} of the migration plan")
    public void theGroupOfThePlan(String name) {
        readiness.namedInstance(world.replicatedInstance());
        Optional<AwsResources> resources = context.target().configuredResources();
        if (resources.isPresent()) {
            String arn = resources.get().trafficDistributionGroupArn();
            GroupRef group = new GroupRef(name, World.idOf(arn), arn);
            context.group(group);
            readiness.group(group);
            resources.get().planFile().ifPresent(file -> readiness.planFile(PlanFile.read(file)));
            return;
        }
        prepareAccount(name);
    }

    private void prepareAccount(String groupName) {
        GroupRef group = world.activeGroup(groupName);
        readiness.group(group);
        splitTelephony(group, 50, 50);
        for (String name : List.of("sales line", "service line")) {
            NumberRef number = world.numberOnInstance(name);
            moveOntoGroup(number);
            associateOrFail(context.sourceRegion(), number, Reference.ID);
            associateOrFail(context.replicaRegion(), number, Reference.ARN);
        }
        NumberRef stillToMove = world.numberOnInstance("still to move");
        associateOrFail(context.sourceRegion(), stillToMove, Reference.ID);
        readiness.planLine(stillToMove.arn(), Optional.of(inboundFlowName()));
    }

    @When("the account is checked for readiness")
    public void checkReadiness() {
        readiness.check();
    }

    // --- one thing broken at a time (simulator)

    @Given("the group has reached its limit of claimed numbers")
    public void theGroupIsFull() {
        GroupRef group = readiness.group();
        context.simulatorAdmin().setPhoneNumbersPerTarget(group.arn(),
                world.listNumbers(context.source(), group.arn(), null).size());
    }

    @Given("a number {string} whose claim to the group failed")
    public void aNumberWhoseClaimFailed(String name) {
        NumberRef number = world.claim(name, readiness.group().arn(), context.source(), Optional.empty());
        world.awaitNumberSettled(number);
    }

    @Given("a number {string} moved onto the group without a flow")
    public void aNumberOnTheGroupWithoutAFlow(String name) {
        moveOntoGroup(world.numberOnInstance(name));
    }

    /** Each number is claimed to an instance of its region and added to the plan, with or without its flow. */
    @Given("the plan also moves these numbers:")
    public void thePlanAlsoMoves(List<PlannedNumber> numbers) {
        for (PlannedNumber planned : numbers) {
            NumberRef number = planned.claimedIn().equals(context.sourceRegion()) ? world.numberOnInstance(planned.name())
                    : numberOfAnotherInstance(planned.name(), planned.claimedIn());
            if (planned.flowNow()) {
                associateOrFail(planned.claimedIn(), number, Reference.ID);
            }
            readiness.planLine(number.arn(), planned.flowNamedForAfterTheMove() ? Optional.of(inboundFlowName())
                    : Optional.empty());
        }
    }

    private NumberRef numberOfAnotherInstance(String name, String region) {
        String instance = world.activeInstance(region, "plan instance in " + region);
        NumberRef number = world.claim(name, world.instanceArn(instance, region), context.in(region), Optional.empty());
        context.poller().until("number " + name + " being claimed in " + region,
                () -> world.describeNumber(context.in(region), number.arn()).phoneNumberStatus().statusAsString(),
                "CLAIMED"::equals);
        return number;
    }

    @Given("the migration names another replicated instance")
    public void theMigrationNamesAnotherInstance() {
        String other = world.activeInstance(context.sourceRegion(), "other");
        world.replicate(context.source(), other, context.replica());
        readiness.namedInstance(other);
    }

    private void associateOrFail(String region, NumberRef number, Reference reference) {
        if (!flowSteps.associate(region, number, reference)) {
            throw new AssertionError("preparing the account: " + context.lastOutcome().failureReport());
        }
    }

    private void moveOntoGroup(NumberRef number) {
        context.source().updatePhoneNumber(b -> b.phoneNumberId(number.id()).targetArn(readiness.group().arn()));
        world.awaitNumberSettled(number);
        readiness.putOnGroup(number);
    }

    private void splitTelephony(GroupRef group, int source, int replica) {
        context.source().updateTrafficDistribution(b -> b.id(group.arn()).telephonyConfig(TelephonyConfig.builder()
                .distributions(Distribution.builder().region(context.sourceRegion()).percentage(source).build(),
                        Distribution.builder().region(context.replicaRegion()).percentage(replica).build()).build()));
        world.awaitGroupStatus(group, "ACTIVE");
    }

    private String inboundFlowName() {
        return flows.inboundFlow(context.sourceRegion(), world.replicatedInstance()).name();
    }
}
