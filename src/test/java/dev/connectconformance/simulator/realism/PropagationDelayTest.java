package dev.connectconformance.simulator.realism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * EC-01 through the AWS SDK: with a propagation delay, reads in every region see the account as it was before
 * a create or a change until the delay has passed on the simulator clock; writes see the latest state.
 */
class PropagationDelayTest extends SimulatorTestBase {

    private static final Duration DELAY = Duration.ofSeconds(30);

    private SimulatorAdminClient admin;
    private String instanceId;

    @BeforeEach
    void delayReads() {
        instanceId = replicatedInstance().id();
        admin = new SimulatorAdminClient(simulator.endpoint());
        assertThat(admin.setPropagationDelay(DELAY).propagationDelay()).isEqualTo(DELAY);
    }

    @AfterEach
    void noDelay() {
        admin.setPropagationDelay(Duration.ZERO);
    }

    private CreateTrafficDistributionGroupResponse createGroup() {
        return east.createTrafficDistributionGroup(b -> b.instanceId(instanceId).name("late"));
    }

    @Test
    void aNewGroupIsNotFoundInEitherRegionUntilTheDelayHasPassed() {
        CreateTrafficDistributionGroupResponse group = createGroup();
        assertThatThrownBy(() -> east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> west.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.arn())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(east.listTrafficDistributionGroups(b -> b.instanceId(instanceId)).trafficDistributionGroupSummaryList())
                .noneMatch(summary -> summary.id().equals(group.id()));

        simulator.advanceClock(DELAY.minusSeconds(1));
        assertThatThrownBy(() -> east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id())))
                .isInstanceOf(ResourceNotFoundException.class);
        simulator.advanceClock(Duration.ofSeconds(1));
        assertThat(west.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.arn()))
                .trafficDistributionGroup().statusAsString()).isEqualTo("CREATION_IN_PROGRESS");
    }

    @Test
    void asynchronousCompletionIsSeenTheDelayLaterToo() {
        CreateTrafficDistributionGroupResponse group = createGroup();
        simulator.advanceClock(SETTLE.plus(DELAY).minusSeconds(1));
        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id()))
                .trafficDistributionGroup().statusAsString()).isEqualTo("CREATION_IN_PROGRESS");
        simulator.advanceClock(Duration.ofSeconds(1));
        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id()))
                .trafficDistributionGroup().statusAsString()).isEqualTo("ACTIVE");
    }

    @Test
    void aChangeShowsThePreviousStateWhileWritesSeeTheLatest() {
        CreateTrafficDistributionGroupResponse group = createGroup();
        // a write right after the create finds the group: only reads are eventually consistent
        east.tagResource(b -> b.resourceArn(group.arn()).tags(Map.of("team", "sales")));
        simulator.advanceClock(DELAY);
        assertThat(east.listTagsForResource(b -> b.resourceArn(group.arn())).tags()).containsEntry("team", "sales");

        east.tagResource(b -> b.resourceArn(group.arn()).tags(Map.of("team", "support")));
        assertThat(west.listTagsForResource(b -> b.resourceArn(group.arn())).tags()).containsEntry("team", "sales");
        simulator.advanceClock(DELAY);
        assertThat(west.listTagsForResource(b -> b.resourceArn(group.arn())).tags()).containsEntry("team", "support");
    }

    @Test
    void anImportedStateIsWhatReadsSeeAtOnce() {
        CreateTrafficDistributionGroupResponse group = createGroup();
        admin.importState(admin.exportState(account));
        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id()))
                .trafficDistributionGroup().id()).isEqualTo(group.id());
    }

    @Test
    void withoutADelayReadsSeeWritesAtOnce() {
        admin.setPropagationDelay(Duration.ZERO);
        CreateTrafficDistributionGroupResponse group = createGroup();
        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id()))
                .trafficDistributionGroup().id()).isEqualTo(group.id());
    }
}
