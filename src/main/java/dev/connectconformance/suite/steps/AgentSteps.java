package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.AgentConfig;
import software.amazon.awssdk.services.connect.model.CreateUserResponse;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupUserSummary;
import software.amazon.awssdk.services.connect.model.User;

/**
 * Agents across the regions (TDG-09): users of the replicated instance, their association with a traffic
 * distribution group, and the agent split of the group. Users the scenario makes are deleted afterwards on a
 * real account.
 */
public class AgentSteps {

    /** A user the scenario named, with the id and ARN the source region gave it. */
    private record UserRef(String name, String username, String id, String arn) {
    }

    private final ScenarioContext context;
    private final World world;
    private final Map<String, UserRef> users = new HashMap<>();
    private List<Distribution> agentSplitBefore;

    public AgentSteps(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
    }

    @Given("a user {string} of the instance")
    public void aUser(String name) {
        String instanceId = world.replicatedInstance();
        String username = World.alias(name);
        CreateUserResponse created = createUser(instanceId, username).get();
        users.put(name, new UserRef(name, username, created.userId(), created.userArn()));
        context.undo().add("delete user " + name, () -> {
            try {
                context.source().deleteUser(b -> b.instanceId(instanceId).userId(created.userId()));
            } catch (ResourceNotFoundException alreadyGone) {
                // deleted by the scenario itself
            }
        });
    }

    @Given("a user {string} of the instance associated with {group}")
    public void aUserAssociatedWith(String name, GroupRef group) {
        aUser(name);
        associate(user(name), group, context.source());
        context.lastOutcome().response(Object.class);
        assertThat(usersOf(group)).contains(user(name).id());
    }

    /** Creates a user with the instance's "Agent" security profile and its first routing profile. */
    private Supplier<CreateUserResponse> createUser(String instanceId, String username) {
        ConnectClient source = context.source();
        String securityProfile = source.listSecurityProfiles(b -> b.instanceId(instanceId))
                .securityProfileSummaryList().stream().filter(p -> p.name().equals("Agent")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the instance has no security profile 'Agent'")).id();
        String routingProfile = source.listRoutingProfiles(b -> b.instanceId(instanceId))
                .routingProfileSummaryList().get(0).id();
        boolean connectManaged = "CONNECT_MANAGED".equals(source.describeInstance(b -> b.instanceId(instanceId))
                .instance().identityManagementTypeAsString());
        return () -> source.createUser(b -> b.instanceId(instanceId)
                .username(username).password(connectManaged ? "Conformance-1-Agent" : null)
                .identityInfo(i -> i.firstName("Conformance").lastName("Agent"))
                .phoneConfig(p -> p.phoneType("SOFT_PHONE"))
                .securityProfileIds(securityProfile).routingProfileId(routingProfile));
    }

    @When("another user is created with the Username of the user {string}")
    public void anotherUserWithTheSameUsername(String name) {
        CreateUserResponse created = context.attempt("CreateUser",
                createUser(world.replicatedInstance(), user(name).username()));
        if (created != null) {
            context.undo().add("delete the second user named " + name, () -> context.source().deleteUser(b -> b
                    .instanceId(world.replicatedInstance()).userId(created.userId())));
        }
    }

    @When("the user {string} is associated with {group} by a call in {region}")
    public void theUserIsAssociated(String name, GroupRef group, String region) {
        associate(user(name), group, context.in(region));
    }

    private void associate(UserRef user, GroupRef group, ConnectClient client) {
        context.attempt("AssociateTrafficDistributionGroupUser", () -> client.associateTrafficDistributionGroupUser(
                b -> b.trafficDistributionGroupId(group.arn()).instanceId(world.replicatedInstance())
                        .userId(user.id())));
        context.undo().add("disassociate user " + user.name(), () -> {
            try {
                context.source().disassociateTrafficDistributionGroupUser(b -> b
                        .trafficDistributionGroupId(group.arn()).instanceId(world.replicatedInstance())
                        .userId(user.id()));
            } catch (ResourceNotFoundException notAssociated) {
                // disassociated by the scenario, or never associated
            }
        });
    }

    @When("the user {string} is disassociated from {group}")
    public void theUserIsDisassociated(String name, GroupRef group) {
        context.attempt("DisassociateTrafficDistributionGroupUser", () -> context.source()
                .disassociateTrafficDistributionGroupUser(b -> b.trafficDistributionGroupId(group.arn())
                        .instanceId(world.replicatedInstance()).userId(user(name).id())));
    }

    @Then("the user {string} is one of the users of {group}")
    public void isOneOfTheUsers(String name, GroupRef group) {
        assertThat(usersOf(group)).contains(user(name).id());
    }

    @Then("the user {string} is not one of the users of {group}")
    public void isNotOneOfTheUsers(String name, GroupRef group) {
        assertThat(usersOf(group)).doesNotContain(user(name).id());
    }

    /** The group's users, read in its home region once it has settled (an update makes it UPDATE_IN_PROGRESS). */
    private List<String> usersOf(GroupRef group) {
        world.awaitGroupSettled(group);
        return context.source().listTrafficDistributionGroupUsersPaginator(b -> b
                        .trafficDistributionGroupId(group.arn())).trafficDistributionGroupUserSummaryList().stream()
                .map(TrafficDistributionGroupUserSummary::userId).toList();
    }

    @Then("the user {string} is described in {region} with the same id and an ARN of that region")
    public void theUserIsDescribedIn(String name, String region) {
        UserRef expected = user(name);
        User seen = context.in(region).describeUser(b -> b.instanceId(world.replicatedInstance())
                .userId(expected.id())).user();
        assertThat(seen.id()).isEqualTo(expected.id());
        assertThat(seen.username()).isEqualTo(expected.username());
        assertThat(seen.arn()).isEqualTo(expected.arn().replace(":" + context.sourceRegion() + ":",
                ":" + region + ":"));
    }

    // --- the agent split

    @When("the agents of {group} are split:")
    public void theAgentsAreSplit(GroupRef group, List<Distribution> split) {
        if (context.target().needsRestore()) {
            AgentConfig before = context.source().getTrafficDistribution(b -> b.id(group.arn())).agentConfig();
            context.undo().add("restore the agent split of " + group.name(), () -> {
                world.awaitGroupSettled(group);
                context.source().updateTrafficDistribution(b -> b.id(group.arn()).agentConfig(before));
                world.awaitGroupSettled(group);
            });
        }
        context.attempt("UpdateTrafficDistribution", () -> context.source().updateTrafficDistribution(b -> b
                .id(group.arn()).agentConfig(AgentConfig.builder().distributions(split).build())));
    }

    @Given("the agent split of {group} as it is now")
    public void theAgentSplitAsItIsNow(GroupRef group) {
        agentSplitBefore = agentSplit(group);
    }

    @Then("the agent split of {group} is unchanged")
    public void theAgentSplitIsUnchanged(GroupRef group) {
        assertThat(agentSplit(group)).containsExactlyInAnyOrderElementsOf(agentSplitBefore);
    }

    @Then("the agent split of {group} is:")
    public void theAgentSplitIs(GroupRef group, List<Distribution> expected) {
        assertThat(agentSplit(group)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<Distribution> agentSplit(GroupRef group) {
        world.awaitGroupSettled(group);
        AgentConfig config = context.source().getTrafficDistribution(b -> b.id(group.arn())).agentConfig();
        return config == null ? List.of() : config.distributions();
    }

    private UserRef user(String name) {
        UserRef user = users.get(name);
        if (user == null) {
            throw new IllegalStateException("no user \"" + name + "\" in this scenario; a Given makes it");
        }
        return user;
    }
}
