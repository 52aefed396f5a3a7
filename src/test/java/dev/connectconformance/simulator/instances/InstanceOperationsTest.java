package dev.connectconformance.simulator.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.Instance;
import software.amazon.awssdk.services.connect.model.InstanceStatus;
import software.amazon.awssdk.services.connect.model.InstanceSummary;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.ListInstancesResponse;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * CreateInstance, DescribeInstance, ListInstances and DeleteInstance: the instance lifecycle the replication
 * rules (RI-01, RI-02) build on, including deleting a replicated instance (replica first).
 */
class InstanceOperationsTest extends SimulatorTestBase {

    private static String alias() {
        return "i-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Instance describe(ConnectClient client, String idOrArn) {
        return client.describeInstance(b -> b.instanceId(idOrArn)).instance();
    }

    @Test
    void aNewInstanceIsCreatingAndThenActive() {
        String alias = alias();
        CreateInstanceResponse created = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias(alias).inboundCallsEnabled(true).outboundCallsEnabled(false)
                .tags(Map.of("env", "test")));

        assertThat(created.arn()).isEqualTo("arn:aws:connect:us-east-1:" + account + ":instance/" + created.id());
        assertThat(describe(east, created.id()).instanceStatus()).isEqualTo(InstanceStatus.CREATION_IN_PROGRESS);
        settle();

        Instance instance = describe(east, created.arn());
        assertThat(instance.instanceStatus()).isEqualTo(InstanceStatus.ACTIVE);
        assertThat(instance.instanceAlias()).isEqualTo(alias);
        assertThat(instance.inboundCallsEnabled()).isTrue();
        assertThat(instance.outboundCallsEnabled()).isFalse();
        assertThat(instance.tags()).containsEntry("env", "test");
    }

    @Test
    void aConnectManagedInstanceNeedsAnAlias() {
        assertThatThrownBy(() -> east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .inboundCallsEnabled(true).outboundCallsEnabled(true)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("InstanceAlias is required");
        assertThat(east.listInstances(b -> { }).instanceSummaryList()).isEmpty();
    }

    @Test
    void anExistingDirectoryInstanceNeedsADirectoryId() {
        assertThatThrownBy(() -> east.createInstance(b -> b.identityManagementType("EXISTING_DIRECTORY")
                .inboundCallsEnabled(true).outboundCallsEnabled(true)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("DirectoryId is required");
        assertThat(east.listInstances(b -> { }).instanceSummaryList()).isEmpty();
    }

    @Test
    void anAliasInUseIsRefused() {
        String alias = alias();
        east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED").instanceAlias(alias)
                .inboundCallsEnabled(true).outboundCallsEnabled(true));

        assertThatThrownBy(() -> east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias(alias).inboundCallsEnabled(true).outboundCallsEnabled(true)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("'" + alias + "' is already in use");
        assertThat(east.listInstances(b -> { }).instanceSummaryList()).hasSize(1);
    }

    @Test
    void anInstanceIsOnlyVisibleInItsRegionAndAccount() {
        CreateInstanceResponse created = activeInstance();

        assertThatThrownBy(() -> describe(west, created.id()))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404))
                .hasMessageContaining("Instance not found");
        try (ConnectClient stranger = client(EAST, randomAccountId())) {
            assertThatThrownBy(() -> describe(stranger, created.arn()))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(404));
            assertThat(stranger.listInstances(b -> { }).instanceSummaryList()).isEmpty();
        }
        assertThat(west.listInstances(b -> { }).instanceSummaryList()).isEmpty();
    }

    @Test
    void listInstancesPagesInCreationOrder() {
        simulator.adminClient().setInstancesPerRegion(account, 3);
        CreateInstanceResponse first = activeInstance();
        CreateInstanceResponse second = activeInstance();
        CreateInstanceResponse third = activeInstance();

        ListInstancesResponse page = east.listInstances(b -> b.maxResults(2));
        assertThat(page.instanceSummaryList()).extracting(InstanceSummary::id).containsExactly(first.id(), second.id());
        ListInstancesResponse last = east.listInstances(b -> b.maxResults(2).nextToken(page.nextToken()));
        assertThat(last.instanceSummaryList()).extracting(InstanceSummary::id).containsExactly(third.id());
        assertThat(last.nextToken()).isNull();
        assertThat(last.instanceSummaryList().get(0).instanceStatus()).isEqualTo(InstanceStatus.ACTIVE);
    }

    @Test
    void aForgedNextTokenIsRefused() {
        assertThatThrownBy(() -> east.listInstances(b -> b.nextToken("not-a-token")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("NextToken");
    }

    @Test
    void deleteRemovesAnUnreplicatedInstance() {
        CreateInstanceResponse created = activeInstance();

        east.deleteInstance(b -> b.instanceId(created.id()));

        assertThatThrownBy(() -> describe(east, created.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThat(east.listInstances(b -> { }).instanceSummaryList()).isEmpty();
    }

    @Test
    void aReplicatedInstanceIsDeletedReplicaFirst() {
        CreateInstanceResponse created = replicatedInstance();

        assertThatThrownBy(() -> east.deleteInstance(b -> b.instanceId(created.id())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("delete the replica there first");
        assertThat(describe(east, created.id()).instanceStatus()).isEqualTo(InstanceStatus.ACTIVE);

        west.deleteInstance(b -> b.instanceId(created.id()));
        assertThatThrownBy(() -> describe(west, created.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThat(east.listTrafficDistributionGroups(b -> { }).trafficDistributionGroupSummaryList()).isEmpty();
        assertThat(east.describeInstance(b -> b.instanceId(created.id())).replicationConfiguration()).isNull();

        east.deleteInstance(b -> b.instanceId(created.id()));
        assertThatThrownBy(() -> describe(east, created.id())).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteOfAnUnknownInstanceIsNotFound() {
        assertThatThrownBy(() -> east.deleteInstance(b -> b.instanceId(UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404))
                .hasMessageContaining("Instance not found");
    }
}
