package dev.connectconformance.suite.steps;

import dev.connectconformance.readiness.plan.PlanFile;
import dev.connectconformance.suite.support.Flows;
import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.NumberRef;
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

    @Given("the traffic distribution group of the migration plan")
    public void theGroupOfThePlan() {
        readiness.namedInstance(world.replicatedInstance());
        Optional<AwsResources> resources = context.target().configuredResources();
        if (resources.isPresent()) {
            String arn = resources.get().trafficDistributionGroupArn();
            readiness.group(new GroupRef("plan", World.idOf(arn), arn));
            resources.get().planFile().ifPresent(file -> readiness.planFile(PlanFile.read(file)));
            return;
        }
        prepareAccount();
    }

    private void prepareAccount() {
        GroupRef group = world.activeGroup("plan");
        readiness.group(group);
        splitTelephony(group, 50, 50);
        for (String name : List.of("sales line", "service line")) {
            NumberRef number = world.numberOnInstance(name);
            moveOntoGroup(number);
            flowSteps.associate(context.sourceRegion(), number, context.sourceRegion(), Reference.ID);
            flowSteps.associate(context.replicaRegion(), number, context.replicaRegion(), Reference.ARN);
        }
        NumberRef stillToMove = world.numberOnInstance("still to move");
        flowSteps.associate(context.sourceRegion(), stillToMove, context.sourceRegion(), Reference.ID);
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

    @Given("the group's telephony split is {int}% to the source region and {int}% to the replica region")
    public void theGroupsSplit(int source, int replica) {
        splitTelephony(readiness.group(), source, replica);
    }

    @Given("the group's quota is {int} numbers")
    public void theGroupsQuota(int limit) {
        context.simulatorAdmin().setPhoneNumbersPerTarget(readiness.group().arn(), limit);
    }

    @Given("the plan also moves a number {string} of the instance, with no flow now or after the move")
    public void thePlanAlsoMovesABareNumber(String name) {
        readiness.planLine(world.numberOnInstance(name).arn(), Optional.empty());
    }

    @Given("the plan also moves a number {string} that has a flow, naming none for after the move")
    public void thePlanMovesANumberLosingItsFlow(String name) {
        NumberRef number = world.numberOnInstance(name);
        flowSteps.associate(context.sourceRegion(), number, context.sourceRegion(), Reference.ID);
        readiness.planLine(number.arn(), Optional.empty());
    }

    @Given("the plan also moves a number {string} claimed in the replica region")
    public void thePlanMovesANumberOfTheReplicaRegion(String name) {
        String westInstance = world.activeInstance(context.replicaRegion(), "west");
        NumberRef number = world.claim(name, world.instanceArn(westInstance, context.replicaRegion()),
                context.replica(), Optional.empty());
        context.poller().until("number " + name + " being claimed in the replica region",
                () -> world.describeNumber(context.replica(), number.arn()).phoneNumberStatus().statusAsString(),
                "CLAIMED"::equals);
        readiness.planLine(number.arn(), Optional.of(inboundFlowName()));
    }

    @Given("the migration names another replicated instance")
    public void theMigrationNamesAnotherInstance() {
        String other = world.activeInstance(context.sourceRegion(), "other");
        world.replicate(context.source(), other, context.replica());
        readiness.namedInstance(other);
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
