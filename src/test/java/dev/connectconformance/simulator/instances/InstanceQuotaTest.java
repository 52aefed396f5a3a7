package dev.connectconformance.simulator.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import dev.connectconformance.simulator.client.SimulatorAdminException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.InstanceSummary;
import software.amazon.awssdk.services.connect.model.ServiceQuotaExceededException;

/**
 * QT-01: instances per account and region, 2 by default, adjustable per account through the admin quotas; a
 * replica counts in its region. A refused call leaves no instance and no replica behind.
 */
class InstanceQuotaTest extends SimulatorTestBase {

    private static String alias() {
        return "q-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String create(ConnectClient client) {
        return client.createInstance(b -> b.identityManagementType("SAML").instanceAlias(alias())
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
    }

    private static List<String> ids(ConnectClient client) {
        return client.listInstances(b -> { }).instanceSummaryList().stream().map(InstanceSummary::id).toList();
    }

    @Test
    void aThirdInstanceInARegionExceedsTheDefaultQuota() {
        create(east);
        create(east);

        assertThatThrownBy(() -> create(east))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(402))
                .hasMessageContaining("quota of 2 Amazon Connect instances per account in us-east-1");
        assertThat(ids(east)).hasSize(2);
        assertThat(create(west)).isNotBlank();
    }

    @Test
    void theQuotaOfOneAccountCanBeRaised() {
        simulator.adminClient().setInstancesPerRegion(account, 3);
        create(east);
        create(east);

        assertThat(create(east)).isNotBlank();
        assertThatThrownBy(() -> create(east)).isInstanceOf(ServiceQuotaExceededException.class)
                .hasMessageContaining("quota of 3");
        assertThat(simulator.adminClient().quotas().instancesFor(account)).isEqualTo(3);
        assertThat(simulator.adminClient().quotas().instancesFor(randomAccountId())).isEqualTo(2);
    }

    @Test
    void aReplicaCountsInItsRegionAndIsRefusedWhenThatRegionIsFull() {
        String source = create(east);
        create(west);
        create(west);
        settle();

        assertThatThrownBy(() -> east.replicateInstance(b -> b.instanceId(source).replicaRegion(WEST)
                .replicaAlias(alias())))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(402))
                .hasMessageContaining("in us-west-2");
        assertThat(east.describeInstance(b -> b.instanceId(source)).replicationConfiguration()).isNull();
        assertThat(ids(west)).hasSize(2).doesNotContain(source);
        assertThat(east.listTrafficDistributionGroups(b -> { }).trafficDistributionGroupSummaryList()).isEmpty();
    }

    @Test
    void aReplicaTakesAPlaceInItsRegion() {
        String source = create(east);
        create(west);
        settle();
        east.replicateInstance(b -> b.instanceId(source).replicaRegion(WEST).replicaAlias(alias()));

        assertThatThrownBy(() -> create(west)).isInstanceOf(ServiceQuotaExceededException.class)
                .hasMessageContaining("replicas included");
    }

    @Test
    void aNegativeOrMalformedQuotaIsRefused() {
        assertThatThrownBy(() -> simulator.adminClient().setInstancesPerRegion(-1))
                .isInstanceOfSatisfying(SimulatorAdminException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("instancesPerRegion");
        assertThatThrownBy(() -> simulator.adminClient().setInstancesPerRegion("not-an-account", 5))
                .isInstanceOfSatisfying(SimulatorAdminException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("accountId");
        assertThat(simulator.adminClient().quotas().instancesPerRegion()).isEqualTo(2);
        assertThat(simulator.adminClient().quotas().instanceOverrides()).doesNotContainKey("not-an-account");
    }
}
