package dev.connectconformance.simulator.statefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.simulator.SimulatorTestBase;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.client.SimulatorAdminException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.CreateUserResponse;
import software.amazon.awssdk.services.connect.model.SecurityProfileSummary;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupUserSummary;

/** Users, profiles and TDG users (TDG-09) in the state file: kept through export and import, checked on load. */
class StateFileUsersTest extends SimulatorTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private SimulatorAdminClient admin;
    private String instanceId;
    private CreateTrafficDistributionGroupResponse group;
    private CreateUserResponse user;
    private ObjectNode exported;

    @BeforeEach
    void aUserOnAGroup() throws Exception {
        admin = simulator.adminClient();
        instanceId = replicatedInstance().id();
        group = east.createTrafficDistributionGroup(b -> b.instanceId(instanceId).name("agents"));
        settle();
        String profile = east.listSecurityProfiles(b -> b.instanceId(instanceId)).securityProfileSummaryList().get(1)
                .id();
        String routing = east.listRoutingProfiles(b -> b.instanceId(instanceId)).routingProfileSummaryList().get(0)
                .id();
        user = east.createUser(b -> b.instanceId(instanceId).username("ada").password("Passw0rd!x")
                .identityInfo(i -> i.firstName("Ada").lastName("Lovelace")).securityProfileIds(profile)
                .routingProfileId(routing).tags(java.util.Map.of("team", "blue")));
        east.associateTrafficDistributionGroupUser(b -> b.trafficDistributionGroupId(group.id())
                .instanceId(instanceId).userId(user.userId()));
        exported = (ObjectNode) JSON.readTree(StateFormat.bytes(admin.exportState()));
    }

    private ObjectNode theAccount(ObjectNode document) {
        ObjectNode accounts = (ObjectNode) document.get("accounts");
        accounts.retain(account);
        return (ObjectNode) accounts.get(account);
    }

    private ObjectNode theInstance(ObjectNode document) {
        for (var instance : theAccount(document).withArray("instances")) {
            if (instance.get("id").asText().equals(instanceId)) {
                return (ObjectNode) instance;
            }
        }
        throw new AssertionError("no instance " + instanceId);
    }

    private ObjectNode theGroup(ObjectNode document) {
        for (var g : theAccount(document).withArray("trafficDistributionGroups")) {
            if (g.get("id").asText().equals(group.id())) {
                return (ObjectNode) g;
            }
        }
        throw new AssertionError("no group " + group.id());
    }

    private void load(ObjectNode document) throws Exception {
        admin.importState(Files.writeString(dir.resolve("state.json"), document.toString()));
    }

    @Test
    void usersProfilesAndAssociationsSurviveExportAndImport() throws Exception {
        ObjectNode document = exported.deepCopy();
        theAccount(document);
        east.deleteUser(b -> b.instanceId(instanceId).userId(user.userId()));

        load(document);

        var described = west.describeUser(b -> b.instanceId(instanceId).userId(user.userId())).user();
        assertThat(described.username()).isEqualTo("ada");
        assertThat(described.tags()).containsEntry("team", "blue");
        assertThat(described.lastModifiedRegion()).isEqualTo(EAST);
        assertThat(east.listSecurityProfiles(b -> b.instanceId(instanceId)).securityProfileSummaryList())
                .extracting(SecurityProfileSummary::name).contains("Admin", "Agent");
        assertThat(east.listTrafficDistributionGroupUsers(b -> b.trafficDistributionGroupId(group.id()))
                .trafficDistributionGroupUserSummaryList()).extracting(TrafficDistributionGroupUserSummary::userId)
                .containsExactly(user.userId());
        assertThat(JSON.readTree(StateFormat.bytes(admin.exportState())).get("accounts").get(account))
                .isEqualTo(document.get("accounts").get(account));
    }

    @Test
    void aFileWrittenBeforeUsersGivesEachInstanceTheDefaultProfiles() throws Exception {
        ObjectNode document = exported.deepCopy();
        ObjectNode instance = theInstance(document);
        instance.remove("securityProfiles");
        instance.remove("routingProfiles");
        instance.remove("users");
        theGroup(document).remove("userIds");

        load(document);

        assertThat(east.listSecurityProfiles(b -> b.instanceId(instanceId)).securityProfileSummaryList())
                .extracting(SecurityProfileSummary::name)
                .containsExactly("Admin", "Agent", "CallCenterManager", "QualityAnalyst");
        assertThat(east.listUsers(b -> b.instanceId(instanceId)).userSummaryList()).isEmpty();
    }

    @Test
    void aUserOnAProfileTheInstanceDoesNotHaveIsRefused() throws Exception {
        assertRefused(doc -> ((ObjectNode) theInstance(doc).withArray("users").get(0))
                        .put("routingProfileId", "no-such-profile"),
                "users[0].routingProfileId", "no routing profile of the instance");
        assertRefused(doc -> ((ArrayNode) ((ObjectNode) theInstance(doc).withArray("users").get(0))
                        .withArray("securityProfileIds")).removeAll(),
                "users[0].securityProfileIds", "at least one security profile");
    }

    @Test
    void aGroupUserThatIsNoUserOfTheInstanceIsRefused() throws Exception {
        assertRefused(doc -> theGroup(doc).withArray("userIds").add("not-a-user"), ".userIds[1]",
                "'not-a-user' is no user of instance");
    }

    @Test
    void twoUsersWithOneUsernameAreRefused() throws Exception {
        assertRefused(doc -> {
            ArrayNode users = theInstance(doc).withArray("users");
            users.add(((ObjectNode) users.get(0).deepCopy()).put("id", "another-id"));
        }, "users[1].username", "used by two users");
    }

    private void assertRefused(Consumer<ObjectNode> breakIt, String field, String problem) throws Exception {
        ObjectNode document = exported.deepCopy();
        breakIt.accept(document);
        String before = JSON.readTree(StateFormat.bytes(admin.exportState())).get("accounts").get(account).toString();

        assertThatThrownBy(() -> load(document)).isInstanceOf(SimulatorAdminException.class)
                .hasMessageContaining("400").hasMessageContaining(field).hasMessageContaining(problem);
        assertThat(JSON.readTree(StateFormat.bytes(admin.exportState())).get("accounts").get(account).toString())
                .as("nothing changed").isEqualTo(before);
    }
}
