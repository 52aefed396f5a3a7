package dev.connectconformance.simulator.trafficdistribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.CreateUserResponse;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.ResourceConflictException;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupUserSummary;

/**
 * TDG-09: AssociateTrafficDistributionGroupUser, ListTrafficDistributionGroupUsers,
 * DisassociateTrafficDistributionGroupUser, and the AgentConfig that spreads the associated users.
 */
class TrafficDistributionGroupUserTest extends SimulatorTestBase {

    private String instanceId;
    private CreateTrafficDistributionGroupResponse group;
    private CreateUserResponse user;

    @BeforeEach
    void activeGroupAndUser() {
        instanceId = replicatedInstance().id();
        group = east.createTrafficDistributionGroup(b -> b.instanceId(instanceId).name("agents"));
        settle();
        user = createUser(instanceId, "ada");
    }

    private CreateUserResponse createUser(String instance, String username) {
        String profile = east.listSecurityProfiles(b -> b.instanceId(instance)).securityProfileSummaryList().get(0).id();
        String routing = east.listRoutingProfiles(b -> b.instanceId(instance)).routingProfileSummaryList().get(0).id();
        return east.createUser(b -> b.instanceId(instance).username(username).password("Passw0rd!x")
                .identityInfo(i -> i.firstName("Ada").lastName("Lovelace")).securityProfileIds(profile)
                .routingProfileId(routing));
    }

    private void associate(ConnectClient client, String groupIdOrArn, String userId) {
        client.associateTrafficDistributionGroupUser(b -> b.trafficDistributionGroupId(groupIdOrArn)
                .instanceId(instanceId).userId(userId));
    }

    private List<String> users(ConnectClient client, String groupIdOrArn) {
        return client.listTrafficDistributionGroupUsers(b -> b.trafficDistributionGroupId(groupIdOrArn))
                .trafficDistributionGroupUserSummaryList().stream().map(TrafficDistributionGroupUserSummary::userId)
                .toList();
    }

    @Test
    void anAssociatedUserIsListedFromBothRegionsAndCanBeDisassociated() {
        associate(east, group.id(), user.userId());

        assertThat(users(east, group.id())).containsExactly(user.userId());
        assertThat(users(west, group.arn())).containsExactly(user.userId());

        east.disassociateTrafficDistributionGroupUser(b -> b.trafficDistributionGroupId(group.arn())
                .instanceId(instanceId).userId(user.userArn()));
        assertThat(users(east, group.id())).isEmpty();
    }

    @Test
    void associatingTwiceKeepsOneAssociation() {
        associate(east, group.id(), user.userId());
        associate(east, group.arn(), user.userArn());

        assertThat(users(east, group.id())).containsExactly(user.userId());
    }

    @Test
    void aGroupThatIsNotActiveIsNotFound() {
        CreateTrafficDistributionGroupResponse fresh = east.createTrafficDistributionGroup(b -> b
                .instanceId(instanceId).name("fresh"));

        assertThatThrownBy(() -> associate(east, fresh.id(), user.userId()))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("CREATION_IN_PROGRESS");
        assertThatThrownBy(() -> users(east, fresh.id()))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("ACTIVE");
        settle();
        assertThat(users(east, fresh.id())).isEmpty();
    }

    @Test
    void aGroupThatDoesNotExistIsNotFound() {
        String missing = UUID.randomUUID().toString();

        assertThatThrownBy(() -> associate(east, missing, user.userId()))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Traffic distribution group not found");
        assertThatThrownBy(() -> east.disassociateTrafficDistributionGroupUser(b -> b
                .trafficDistributionGroupId(missing).instanceId(instanceId).userId(user.userId())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void associationIsRefusedOutsideTheHomeRegion() {
        assertThatThrownBy(() -> associate(west, group.arn(), user.userId()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("home region " + EAST);
        assertThat(users(east, group.id())).isEmpty();
    }

    @Test
    void theUserMustBelongToTheGroupsInstance() {
        String otherInstance = activeInstance().id();
        CreateUserResponse stranger = createUser(otherInstance, "grace");

        assertThatThrownBy(() -> east.associateTrafficDistributionGroupUser(b -> b
                .trafficDistributionGroupId(group.id()).instanceId(otherInstance).userId(stranger.userId())))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("belongs to instance " + instanceId);
        assertThatThrownBy(() -> associate(east, group.id(), stranger.userId()))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("User not found");
        assertThat(users(east, group.id())).isEmpty();
    }

    @Test
    void aMalformedUserIdIsTheInvalidRequestTheOperationDeclares() {
        assertThatThrownBy(() -> associate(east, group.id(), "ada"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("UserId");
        assertThat(users(east, group.id())).isEmpty();
    }

    @Test
    void aUserOnAnotherGroupIsAConflict() {
        associate(east, defaultTdgArn(instanceId), user.userId());

        assertThatThrownBy(() -> associate(east, group.id(), user.userId()))
                .isInstanceOf(ResourceConflictException.class).hasMessageContaining("already associated");
        assertThat(users(east, group.id())).isEmpty();
    }

    @Test
    void disassociatingAUserThatIsNotAssociatedIsNotFound() {
        assertThatThrownBy(() -> east.disassociateTrafficDistributionGroupUser(b -> b
                .trafficDistributionGroupId(group.id()).instanceId(instanceId).userId(user.userId())))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("is not associated");
    }

    @Test
    void deletingAUserEndsItsAssociation() {
        associate(east, group.id(), user.userId());

        east.deleteUser(b -> b.instanceId(instanceId).userId(user.userId()));

        assertThat(users(east, group.id())).isEmpty();
    }

    @Test
    void theAgentSplitOfTheAssociatedUsersIsKeptAndRefusedWhenInvalid() {
        associate(east, group.id(), user.userId());
        east.updateTrafficDistribution(b -> b.id(group.id()).agentConfig(a -> a.distributions(
                Distribution.builder().region(EAST).percentage(40).build(),
                Distribution.builder().region(WEST).percentage(60).build())));
        settle();

        assertThat(east.getTrafficDistribution(b -> b.id(group.id())).agentConfig().distributions())
                .containsExactlyInAnyOrder(Distribution.builder().region(EAST).percentage(40).build(),
                        Distribution.builder().region(WEST).percentage(60).build());
        assertThatThrownBy(() -> east.updateTrafficDistribution(b -> b.id(group.id()).agentConfig(a -> a
                .distributions(Distribution.builder().region(EAST).percentage(50).build(),
                        Distribution.builder().region("eu-west-2").percentage(50).build()))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("AgentConfig");
        assertThatThrownBy(() -> east.updateTrafficDistribution(b -> b.id(group.id()).agentConfig(a -> a
                .distributions(Distribution.builder().region(EAST).percentage(50).build(),
                        Distribution.builder().region(WEST).percentage(40).build()))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("add up to 90");
        assertThat(east.getTrafficDistribution(b -> b.id(group.id())).agentConfig().distributions())
                .containsExactlyInAnyOrder(Distribution.builder().region(EAST).percentage(40).build(),
                        Distribution.builder().region(WEST).percentage(60).build());
        assertThat(users(east, group.id())).containsExactly(user.userId());
    }

    @Test
    void deletingTheReplicaTakesTheGroupsAndTheirAssociations() {
        associate(east, group.id(), user.userId());

        west.deleteInstance(b -> b.instanceId(instanceId));

        assertThat(tdgRecord(group.id())).isNull();
        assertThat(east.describeUser(b -> b.instanceId(instanceId).userId(user.userId())).user().username())
                .isEqualTo("ada");
        east.deleteInstance(b -> b.instanceId(instanceId));
        assertThatThrownBy(() -> east.listUsers(b -> b.instanceId(instanceId)))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
