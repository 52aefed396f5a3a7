package dev.connectconformance.simulator.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateUserRequest;
import software.amazon.awssdk.services.connect.model.CreateUserResponse;
import software.amazon.awssdk.services.connect.model.DuplicateResourceException;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.PhoneType;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.RoutingProfileSummary;
import software.amazon.awssdk.services.connect.model.SecurityProfileSummary;
import software.amazon.awssdk.services.connect.model.User;
import software.amazon.awssdk.services.connect.model.UserSummary;

/**
 * Users and the profiles they need (TDG-09): CreateUser, DescribeUser, ListUsers, DeleteUser, ListSecurityProfiles,
 * ListRoutingProfiles; a new instance's default profiles; users shared with the replica.
 */
class UserOperationsTest extends SimulatorTestBase {

    private String instanceId;

    @BeforeEach
    void instance() {
        instanceId = activeInstance().id();
    }

    private String securityProfile(ConnectClient client, String name) {
        return client.listSecurityProfiles(b -> b.instanceId(instanceId)).securityProfileSummaryList().stream()
                .filter(p -> p.name().equals(name)).map(SecurityProfileSummary::id).findFirst().orElseThrow();
    }

    private String routingProfile(ConnectClient client) {
        return client.listRoutingProfiles(b -> b.instanceId(instanceId)).routingProfileSummaryList().get(0).id();
    }

    private CreateUserResponse create(ConnectClient client, String username, Consumer<CreateUserRequest.Builder> more) {
        return client.createUser(b -> {
            b.instanceId(instanceId).username(username).password("Passw0rd!x")
                    .identityInfo(i -> i.firstName("Ada").lastName("Lovelace"))
                    .securityProfileIds(securityProfile(client, "Agent")).routingProfileId(routingProfile(client));
            more.accept(b);
        });
    }

    private List<UserSummary> users(ConnectClient client) {
        return client.listUsers(b -> b.instanceId(instanceId)).userSummaryList();
    }

    @Test
    void aNewInstanceHasTheDefaultSecurityProfilesAndRoutingProfile() {
        List<SecurityProfileSummary> security = east.listSecurityProfiles(b -> b.instanceId(instanceId))
                .securityProfileSummaryList();
        List<RoutingProfileSummary> routing = east.listRoutingProfiles(b -> b.instanceId(instanceId))
                .routingProfileSummaryList();

        assertThat(security).extracting(SecurityProfileSummary::name)
                .containsExactly("Admin", "Agent", "CallCenterManager", "QualityAnalyst");
        assertThat(security).allSatisfy(p -> assertThat(p.arn()).isEqualTo("arn:aws:connect:" + EAST + ":" + account
                + ":instance/" + instanceId + "/security-profile/" + p.id()));
        assertThat(routing).extracting(RoutingProfileSummary::name).containsExactly("Basic Routing Profile");
        assertThat(routing.get(0).arn()).endsWith(":instance/" + instanceId + "/routing-profile/" + routing.get(0).id());
    }

    @Test
    void aCreatedUserIsDescribedAndListedWithAnAgentArn() {
        CreateUserResponse created = create(east, "ada", b -> b.tags(java.util.Map.of("team", "blue")));

        assertThat(created.userArn()).isEqualTo("arn:aws:connect:" + EAST + ":" + account + ":instance/"
                + instanceId + "/agent/" + created.userId());
        User user = east.describeUser(b -> b.instanceId(instanceId).userId(created.userId())).user();
        assertThat(user.username()).isEqualTo("ada");
        assertThat(user.identityInfo().firstName()).isEqualTo("Ada");
        assertThat(user.securityProfileIds()).containsExactly(securityProfile(east, "Agent"));
        assertThat(user.routingProfileId()).isEqualTo(routingProfile(east));
        assertThat(user.phoneConfig().phoneType()).isEqualTo(PhoneType.SOFT_PHONE);
        assertThat(user.lastModifiedRegion()).isEqualTo(EAST);
        assertThat(user.tags()).containsEntry("team", "blue");
        assertThat(east.describeUser(b -> b.instanceId(instanceId).userId(created.userArn())).user().id())
                .isEqualTo(created.userId());
        assertThat(users(east)).extracting(UserSummary::id, UserSummary::username)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(created.userId(), "ada"));
    }

    @Test
    void aDuplicateUsernameIsRefusedAndNothingChanges() {
        create(east, "ada", b -> { });

        assertThatThrownBy(() -> create(east, "ada", b -> { }))
                .isInstanceOf(DuplicateResourceException.class).hasMessageContaining("'ada' already exists");
        assertThat(users(east)).hasSize(1);
    }

    @Test
    void unknownProfilesAreNotFoundAndMalformedOnesInvalid() {
        String missing = UUID.randomUUID().toString();

        assertThatThrownBy(() -> create(east, "ada", b -> b.securityProfileIds(missing)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Security profile not found");
        assertThatThrownBy(() -> create(east, "ada", b -> b.routingProfileId(missing)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Routing profile not found");
        assertThatThrownBy(() -> create(east, "ada", b -> b.routingProfileId("basic")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("RoutingProfileId");
        assertThat(users(east)).isEmpty();
    }

    @Test
    void aProfileOfAnotherInstanceIsNotFound() {
        String other = instanceId;
        instanceId = activeInstance().id();
        String foreignProfile = east.listSecurityProfiles(b -> b.instanceId(other)).securityProfileSummaryList()
                .get(0).id();

        assertThatThrownBy(() -> create(east, "ada", b -> b.securityProfileIds(foreignProfile)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(foreignProfile);
    }

    @Test
    void theModelsShapesAreEnforced() {
        assertThatThrownBy(() -> east.createUser(b -> b.instanceId(instanceId).username("ada")
                .routingProfileId(routingProfile(east))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("SecurityProfileIds");
        assertThatThrownBy(() -> create(east, "ada", b -> b.password("alllowercase")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'Password'");
        assertThatThrownBy(() -> create(east, "x".repeat(101), b -> { }))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Username");
        assertThat(users(east)).isEmpty();
    }

    @Test
    void connectManagedIdentitiesNeedAPasswordAndNames() {
        // the shared active instance is SAML (replicable, RI-03); passwords belong to Connect-managed identities
        instanceId = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias("i-" + UUID.randomUUID().toString().substring(0, 8))
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        settle();
        assertThatThrownBy(() -> create(east, "ada", b -> b.password(null)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Password is required");
        assertThatThrownBy(() -> create(east, "ada", b -> b.identityInfo(i -> i.email("a@example.com"))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("IdentityInfo.FirstName");
        assertThatThrownBy(() -> create(east, "ada", b -> b.phoneConfig(p -> p.phoneType(PhoneType.DESK_PHONE))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("DeskPhoneNumber");
        assertThat(users(east)).isEmpty();
    }

    @Test
    void anInstanceStillBeingCreatedTakesNoUsers() {
        String creating = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias("i-" + UUID.randomUUID().toString().substring(0, 8))
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        String profile = east.listSecurityProfiles(b -> b.instanceId(creating)).securityProfileSummaryList().get(0).id();
        String routing = east.listRoutingProfiles(b -> b.instanceId(creating)).routingProfileSummaryList().get(0).id();

        assertThatThrownBy(() -> east.createUser(b -> b.instanceId(creating).username("ada").password("Passw0rd!x")
                .identityInfo(i -> i.firstName("A").lastName("L")).securityProfileIds(profile).routingProfileId(routing)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not ACTIVE");
    }

    @Test
    void deleteUserRemovesItAndAnUnknownUserIsNotFound() {
        CreateUserResponse created = create(east, "ada", b -> { });

        east.deleteUser(b -> b.instanceId(instanceId).userId(created.userId()));

        assertThat(users(east)).isEmpty();
        assertThatThrownBy(() -> east.describeUser(b -> b.instanceId(instanceId).userId(created.userId())))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("User not found");
        assertThatThrownBy(() -> east.deleteUser(b -> b.instanceId(instanceId).userId(created.userId())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void usersOfAnotherAccountAreInvisible() {
        CreateUserResponse created = create(east, "ada", b -> { });
        ConnectClient stranger = client(EAST, randomAccountId());

        assertThatThrownBy(() -> stranger.describeUser(b -> b.instanceId(instanceId).userId(created.userId())))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Instance not found");
    }

    @Test
    void usersAreSharedWithTheReplicaUnderTheSameIdWithAnArnOfTheRegionCalled() {
        CreateUserResponse created = create(east, "ada", b -> { });
        east.replicateInstance(b -> b.instanceId(instanceId).replicaRegion(WEST)
                .replicaAlias("r-" + UUID.randomUUID().toString().substring(0, 8)));
        settle();

        User seenFromReplica = west.describeUser(b -> b.instanceId(instanceId).userId(created.userId())).user();
        assertThat(seenFromReplica.arn()).isEqualTo("arn:aws:connect:" + WEST + ":" + account + ":instance/"
                + instanceId + "/agent/" + created.userId());
        assertThat(seenFromReplica.lastModifiedRegion()).isEqualTo(EAST);
        assertThat(securityProfile(west, "Agent")).isEqualTo(securityProfile(east, "Agent"));

        CreateUserResponse inReplica = create(west, "grace", b -> { });
        assertThat(users(east)).extracting(UserSummary::id).containsExactly(created.userId(), inReplica.userId());
        assertThat(east.describeUser(b -> b.instanceId(instanceId).userId(inReplica.userId())).user()
                .lastModifiedRegion()).isEqualTo(WEST);
        assertThatThrownBy(() -> east.describeUser(b -> b.instanceId(instanceId).userId(inReplica.userArn())))
                .as("an ARN of the replica region names the user only there")
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
