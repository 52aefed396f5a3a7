package dev.connectconformance.simulator.trafficdistribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.GetTrafficDistributionResponse;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.SignInDistribution;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupStatus;

/**
 * UpdateTrafficDistribution and GetTrafficDistribution. Rules covered: TDG-07 (both regions, steps of 10, sum
 * 100), TDG-10 (Get/Update refused in every status but ACTIVE), TDG-04 (only the default group takes a SignInConfig), TDG-05 (ARN
 * required from the linked region), TDG-02 (UPDATE_IN_PROGRESS, then ACTIVE again).
 */
class TrafficDistributionUpdateTest extends SimulatorTestBase {

    private String instanceId;
    private CreateTrafficDistributionGroupResponse group;

    @BeforeEach
    void activeGroup() {
        instanceId = replicatedInstance().id();
        group = east.createTrafficDistributionGroup(b -> b.instanceId(instanceId).name("split"));
        settle();
    }

    private static Distribution percent(String region, int percentage) {
        return Distribution.builder().region(region).percentage(percentage).build();
    }

    private void updateTelephony(String idOrArn, Distribution... distributions) {
        east.updateTrafficDistribution(b -> b.id(idOrArn).telephonyConfig(t -> t.distributions(distributions)));
    }

    private GetTrafficDistributionResponse get(String idOrArn) {
        return east.getTrafficDistribution(b -> b.id(idOrArn));
    }

    private void assertTelephonyUnchanged() {
        assertThat(get(group.id()).telephonyConfig().distributions())
                .containsExactly(percent(EAST, 100), percent(WEST, 0));
        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id()))
                .trafficDistributionGroup().status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
    }

    @Test
    void aNewGroupSendsAllTelephonyToItsHomeRegion() {
        GetTrafficDistributionResponse distribution = get(group.id());

        assertThat(distribution.id()).isEqualTo(group.id());
        assertThat(distribution.arn()).isEqualTo(group.arn());
        assertThat(distribution.telephonyConfig().distributions())
                .containsExactly(percent(EAST, 100), percent(WEST, 0));
        assertThat(distribution.agentConfig().distributions()).containsExactly(percent(EAST, 100), percent(WEST, 0));
        assertThat(distribution.signInConfig().distributions()).extracting(SignInDistribution::region)
                .containsExactly(EAST, WEST);
    }

    @Test
    void updateGoesThroughUpdateInProgressBackToActiveWithTheNewDistribution() {
        updateTelephony(group.id(), percent(WEST, 30), percent(EAST, 70));

        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id()))
                .trafficDistributionGroup().status()).isEqualTo(TrafficDistributionGroupStatus.UPDATE_IN_PROGRESS);
        settle();

        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id()))
                .trafficDistributionGroup().status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
        assertThat(get(group.arn()).telephonyConfig().distributions())
                .containsExactlyInAnyOrder(percent(EAST, 70), percent(WEST, 30));
    }

    @Test
    void fromTheLinkedRegionTheArnWorksAndAnIdIsNotFound() {
        west.updateTrafficDistribution(b -> b.id(group.arn())
                .telephonyConfig(t -> t.distributions(percent(EAST, 50), percent(WEST, 50))));
        settle();

        assertThat(west.getTrafficDistribution(b -> b.id(group.arn())).telephonyConfig().distributions())
                .containsExactlyInAnyOrder(percent(EAST, 50), percent(WEST, 50));
        assertThatThrownBy(() -> west.getTrafficDistribution(b -> b.id(group.id())))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404))
                .hasMessageContaining("use its full ARN");
        assertThatThrownBy(() -> west.updateTrafficDistribution(b -> b.id(group.id())
                .telephonyConfig(t -> t.distributions(percent(EAST, 100), percent(WEST, 0)))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThat(get(group.id()).telephonyConfig().distributions())
                .containsExactlyInAnyOrder(percent(EAST, 50), percent(WEST, 50));
    }

    @Test
    void percentagesThatDoNotAddUpTo100AreRefused() {
        assertThatThrownBy(() -> updateTelephony(group.id(), percent(EAST, 60), percent(WEST, 30)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("add up to 90; they must add up to 100");
        assertTelephonyUnchanged();
    }

    @Test
    void percentagesOutsideStepsOf10AreRefused() {
        assertThatThrownBy(() -> updateTelephony(group.id(), percent(EAST, 55), percent(WEST, 45)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("steps of 10");
        assertTelephonyUnchanged();
    }

    @Test
    void aDistributionNamingOnlyOneRegionIsRefused() {
        assertThatThrownBy(() -> updateTelephony(group.id(), percent(EAST, 100)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("must name both regions");
        assertTelephonyUnchanged();
    }

    @Test
    void aRegionOutsideTheGroupIsRefused() {
        assertThatThrownBy(() -> updateTelephony(group.id(), percent(EAST, 50), percent("eu-west-2", 50)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("region eu-west-2 is not a region of the traffic distribution group");
        assertTelephonyUnchanged();
    }

    @Test
    void aRegionNamedTwiceIsRefused() {
        assertThatThrownBy(() -> updateTelephony(group.id(), percent(EAST, 50), percent(EAST, 50)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("named more than once");
        assertTelephonyUnchanged();
    }

    @Test
    void aPercentageAbove100IsA400NamingTheField() {
        assertThatThrownBy(() -> updateTelephony(group.id(), percent(EAST, 110), percent(WEST, 0)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("TelephonyConfig.Distributions[0].Percentage");
        assertTelephonyUnchanged();
    }

    @Test
    void anUpdateWithNothingToChangeIsRefused() {
        assertThatThrownBy(() -> east.updateTrafficDistribution(b -> b.id(group.id())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("Nothing to update");
        assertTelephonyUnchanged();
    }

    @Test
    void signInConfigIsRefusedOnAGroupThatIsNotTheDefault() {
        assertThatThrownBy(() -> east.updateTrafficDistribution(b -> b.id(group.id())
                .telephonyConfig(t -> t.distributions(percent(EAST, 50), percent(WEST, 50)))
                .signInConfig(s -> s.distributions(signIn(EAST, true), signIn(WEST, false)))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("only be changed on the default traffic distribution group");
        assertTelephonyUnchanged();
    }

    @Test
    void theDefaultGroupTakesASignInConfig() {
        String defaultArn = defaultTdgArn(instanceId);

        east.updateTrafficDistribution(b -> b.id(defaultArn)
                .signInConfig(s -> s.distributions(signIn(EAST, true), signIn(WEST, false))));
        settle();

        assertThat(get(defaultArn).signInConfig().distributions())
                .containsExactly(signIn(EAST, true), signIn(WEST, false));
    }

    @Test
    void aSignInConfigDisablingEveryRegionIsRefused() {
        String defaultArn = defaultTdgArn(instanceId);

        assertThatThrownBy(() -> east.updateTrafficDistribution(b -> b.id(defaultArn)
                .signInConfig(s -> s.distributions(signIn(EAST, false), signIn(WEST, false)))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("at least one region");
        assertThat(get(defaultArn).signInConfig().distributions())
                .containsExactly(signIn(EAST, true), signIn(WEST, true));
    }

    @Test
    void agentConfigFollowsTheSameRules() {
        east.updateTrafficDistribution(b -> b.id(group.id())
                .agentConfig(a -> a.distributions(percent(EAST, 40), percent(WEST, 60))));
        settle();
        assertThat(get(group.id()).agentConfig().distributions())
                .containsExactlyInAnyOrder(percent(EAST, 40), percent(WEST, 60));

        assertThatThrownBy(() -> east.updateTrafficDistribution(b -> b.id(group.id())
                .agentConfig(a -> a.distributions(percent(EAST, 40), percent(WEST, 40)))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("AgentConfig: the percentages add up to 80");
        assertThat(get(group.id()).agentConfig().distributions())
                .containsExactlyInAnyOrder(percent(EAST, 40), percent(WEST, 60));
    }

    @Test
    void anInvalidPartLeavesTheValidPartsUnapplied() {
        assertThatThrownBy(() -> east.updateTrafficDistribution(b -> b.id(group.id())
                .telephonyConfig(t -> t.distributions(percent(EAST, 50), percent(WEST, 50)))
                .agentConfig(a -> a.distributions(percent(EAST, 10), percent(WEST, 10)))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("AgentConfig");
        assertTelephonyUnchanged();
    }

    @Test
    void getAndUpdateWhileAnUpdateIsInProgressAreRefused() {
        updateTelephony(group.id(), percent(EAST, 50), percent(WEST, 50));

        assertThatThrownBy(() -> updateTelephony(group.id(), percent(EAST, 0), percent(WEST, 100)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("is UPDATE_IN_PROGRESS; its distribution can only be updated when it is ACTIVE");
        assertThatThrownBy(() -> get(group.id()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("is UPDATE_IN_PROGRESS; its distribution can only be read when it is ACTIVE");
        settle();
        assertThat(get(group.id()).telephonyConfig().distributions())
                .containsExactlyInAnyOrder(percent(EAST, 50), percent(WEST, 50));
    }

    @Test
    void updateAndGetOfAGroupStillBeingCreatedAreRefused() {
        CreateTrafficDistributionGroupResponse fresh = east.createTrafficDistributionGroup(
                b -> b.instanceId(instanceId).name("fresh"));

        assertThatThrownBy(() -> updateTelephony(fresh.id(), percent(EAST, 50), percent(WEST, 50)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("CREATION_IN_PROGRESS");
        assertThatThrownBy(() -> get(fresh.id()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("CREATION_IN_PROGRESS");
        settle();
        assertThat(get(fresh.id()).telephonyConfig().distributions())
                .containsExactly(percent(EAST, 100), percent(WEST, 0));
    }

    @Test
    void updateAndGetOfAGroupPendingDeletionOrFailedAreRefused() {
        CreateTrafficDistributionGroupResponse doomed = east.createTrafficDistributionGroup(
                b -> b.instanceId(instanceId).name("doomed"));
        settle();
        simulator.asyncFailures().arm("DeleteTrafficDistributionGroup", 1);
        east.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(doomed.id()));

        assertThatThrownBy(() -> get(doomed.id())).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("PENDING_DELETION");
        assertThatThrownBy(() -> updateTelephony(doomed.id(), percent(EAST, 0), percent(WEST, 100)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("PENDING_DELETION");
        settle();
        assertThatThrownBy(() -> get(doomed.id())).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("DELETION_FAILED");
        assertThatThrownBy(() -> updateTelephony(doomed.id(), percent(EAST, 0), percent(WEST, 100)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("DELETION_FAILED");
        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(doomed.id()))
                .trafficDistributionGroup().status()).isEqualTo(TrafficDistributionGroupStatus.DELETION_FAILED);
    }

    @Test
    void anUnknownGroupIsNotFound() {
        String unknown = group.arn().replace(group.id(), "00000000-0000-4000-8000-000000000000");

        assertThatThrownBy(() -> get(unknown))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404))
                .hasMessageContaining("Traffic distribution group not found");
        assertThatThrownBy(() -> updateTelephony(unknown, percent(EAST, 50), percent(WEST, 50)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static SignInDistribution signIn(String region, boolean enabled) {
        return SignInDistribution.builder().region(region).enabled(enabled).build();
    }
}
