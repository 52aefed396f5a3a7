package dev.connectconformance.simulator.trafficdistribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.ResourceConflictException;
import software.amazon.awssdk.services.connect.model.ResourceInUseException;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.ResourceNotReadyException;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroup;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupStatus;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupSummary;

/**
 * Create, describe, list and delete of traffic distribution groups. Rules covered: TDG-02 (lifecycle, including
 * CREATION_FAILED and DELETION_FAILED through armed failures), TDG-03 (replicated instance, source region only),
 * TDG-11 (not while replication runs), TDG-04 (the default group cannot be deleted), TDG-05 (id or ARN at home, ARN only from the linked region),
 * TDG-06 (delete only at home, not while numbers are on the group), TDG-08 (other accounts' groups are invisible).
 */
class TrafficDistributionGroupLifecycleTest extends SimulatorTestBase {

    /** The simulator is shared by the class; a failure a test armed must not reach the next test. */
    @AfterEach
    void disarmFailures() {
        simulator.asyncFailures().clear();
    }

    private CreateTrafficDistributionGroupResponse createGroup(String instanceId, String name) {
        return east.createTrafficDistributionGroup(b -> b.instanceId(instanceId).name(name)
                .description("failover of " + name).tags(Map.of("team", "voice")));
    }

    private TrafficDistributionGroup describe(ConnectClient client, String idOrArn) {
        return client.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(idOrArn))
                .trafficDistributionGroup();
    }

    private List<TrafficDistributionGroupSummary> list(ConnectClient client) {
        return client.listTrafficDistributionGroups(b -> { }).trafficDistributionGroupSummaryList();
    }

    @Test
    void createStartsInProgressAndBecomesActiveWhenSettled() {
        CreateInstanceResponse instance = replicatedInstance();
        CreateTrafficDistributionGroupResponse created = createGroup(instance.id(), "primary");

        assertThat(created.arn()).isEqualTo("arn:aws:connect:us-east-1:" + account
                + ":traffic-distribution-group/" + created.id());
        TrafficDistributionGroup before = describe(east, created.id());
        assertThat(before.status()).isEqualTo(TrafficDistributionGroupStatus.CREATION_IN_PROGRESS);

        settle();

        TrafficDistributionGroup after = describe(east, created.id());
        assertThat(after.status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
        assertThat(after.name()).isEqualTo("primary");
        assertThat(after.description()).isEqualTo("failover of primary");
        assertThat(after.instanceArn()).isEqualTo(instance.arn());
        assertThat(after.tags()).containsExactlyEntriesOf(Map.of("team", "voice"));
        assertThat(after.isDefault()).isFalse();
    }

    @Test
    void createAcceptsTheInstanceArn() {
        CreateInstanceResponse instance = replicatedInstance();
        CreateTrafficDistributionGroupResponse created = east.createTrafficDistributionGroup(
                b -> b.instanceId(instance.arn()).name("by-arn"));

        assertThat(describe(east, created.id()).instanceArn()).isEqualTo(instance.arn());
    }

    @Test
    void createForAnInstanceThatIsNotReplicatedIsRefused() {
        CreateInstanceResponse instance = activeInstance();

        assertThatThrownBy(() -> createGroup(instance.id(), "unreplicated"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("is not replicated");
        assertThat(list(east)).isEmpty();
    }

    /** TDG-11: replication still running is ResourceNotReadyException (409), with a message saying to retry. */
    @Test
    void createWhileReplicationIsStillRunningIsNotReady() {
        CreateInstanceResponse instance = activeInstance();
        east.replicateInstance(b -> b.instanceId(instance.id()).replicaRegion(WEST).replicaAlias(alias()));

        assertThatThrownBy(() -> createGroup(instance.id(), "too-early"))
                .isInstanceOfSatisfying(ResourceNotReadyException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(409))
                .hasMessageContaining("replication to us-west-2 is still in progress");
        assertThat(list(east)).extracting(TrafficDistributionGroupSummary::isDefault).containsExactly(true);
        settle();
        assertThat(createGroup(instance.id(), "in-time").id()).isNotBlank();
    }

    @Test
    void createInTheReplicaRegionIsRefused() {
        CreateInstanceResponse instance = replicatedInstance();

        assertThatThrownBy(() -> west.createTrafficDistributionGroup(b -> b.instanceId(instance.id()).name("west")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("source region")
                .hasMessageContaining(EAST);
        assertThat(list(east)).hasSize(1);
    }

    @Test
    void createForAnUnknownInstanceIsNotFound() {
        assertThatThrownBy(() -> createGroup(UUID.randomUUID().toString(), "orphan"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404))
                .hasMessageContaining("Instance not found");
    }

    @Test
    void aRepeatedClientTokenReturnsTheFirstGroupAndCreatesNoSecond() {
        CreateInstanceResponse instance = replicatedInstance();
        String token = UUID.randomUUID().toString();

        CreateTrafficDistributionGroupResponse first = east.createTrafficDistributionGroup(
                b -> b.instanceId(instance.id()).name("once").clientToken(token));
        CreateTrafficDistributionGroupResponse again = east.createTrafficDistributionGroup(
                b -> b.instanceId(instance.id()).name("once").clientToken(token));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(list(east)).extracting(TrafficDistributionGroupSummary::name).containsOnlyOnce("once");
    }

    @Test
    void aDuplicateNameInTheAccountConflicts() {
        CreateInstanceResponse instance = replicatedInstance();
        createGroup(instance.id(), "twice");

        assertThatThrownBy(() -> createGroup(instance.id(), "twice"))
                .isInstanceOfSatisfying(ResourceConflictException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(409))
                .hasMessageContaining("'twice' already exists");
        assertThat(list(east)).extracting(TrafficDistributionGroupSummary::name).containsOnlyOnce("twice");
    }

    @Test
    void aReservedTagKeyOnCreateIsRefusedWithoutCreatingAnything() {
        CreateInstanceResponse instance = replicatedInstance();

        assertThatThrownBy(() -> east.createTrafficDistributionGroup(b -> b.instanceId(instance.id()).name("tagged")
                .tags(Map.of("AWS:owner", "x"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("reserved prefix");
        assertThat(list(east)).extracting(TrafficDistributionGroupSummary::name).doesNotContain("tagged");
    }

    @Test
    void anArmedFailureMakesTheCreationFail() {
        CreateInstanceResponse instance = replicatedInstance();
        simulator.asyncFailures().arm("CreateTrafficDistributionGroup", 1);
        CreateTrafficDistributionGroupResponse failing = createGroup(instance.id(), "doomed");
        CreateTrafficDistributionGroupResponse next = createGroup(instance.id(), "fine");

        settle();

        assertThat(describe(east, failing.id()).status()).isEqualTo(TrafficDistributionGroupStatus.CREATION_FAILED);
        assertThat(describe(east, next.id()).status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
    }

    @Test
    void aGroupWhoseCreationFailedCanBeDeleted() {
        CreateInstanceResponse instance = replicatedInstance();
        simulator.asyncFailures().arm("CreateTrafficDistributionGroup", 1);
        CreateTrafficDistributionGroupResponse failed = createGroup(instance.id(), "failed");
        settle();

        east.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(failed.id()));
        settle();

        assertThat(list(east)).extracting(TrafficDistributionGroupSummary::id).doesNotContain(failed.id());
    }

    @Test
    void describeTakesIdOrArnAtHomeButOnlyTheArnFromTheLinkedRegion() {
        CreateTrafficDistributionGroupResponse created = createGroup(replicatedInstance().id(), "lookup");
        settle();

        assertThat(describe(east, created.id()).arn()).isEqualTo(created.arn());
        assertThat(describe(east, created.arn()).id()).isEqualTo(created.id());
        assertThat(describe(west, created.arn()).arn()).isEqualTo(created.arn());
        assertThatThrownBy(() -> describe(west, created.id()))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404))
                .hasMessageContaining("use its full ARN");
    }

    @Test
    void describeOfAnUnrelatedRegionIsNotFound() {
        CreateTrafficDistributionGroupResponse created = createGroup(replicatedInstance().id(), "elsewhere");
        try (ConnectClient frankfurt = client("eu-central-1", account)) {
            assertThatThrownBy(() -> describe(frankfurt, created.id()))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(404))
                    .hasMessageContaining("Traffic distribution group not found");
        }
    }

    @Test
    void anotherAccountNeverSeesTheGroup() {
        CreateTrafficDistributionGroupResponse created = createGroup(replicatedInstance().id(), "private");
        settle();

        try (ConnectClient stranger = client(EAST, randomAccountId())) {
            assertThatThrownBy(() -> describe(stranger, created.arn()))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(404))
                    .hasMessageContaining("not found")
                    .hasMessageNotContaining("private");
            assertThatThrownBy(() -> describe(stranger, created.id()))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(stranger.listTrafficDistributionGroups(b -> { }).trafficDistributionGroupSummaryList())
                    .isEmpty();
            assertThatThrownBy(() -> stranger.deleteTrafficDistributionGroup(
                    b -> b.trafficDistributionGroupId(created.arn())))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(404));
        }
        assertThat(describe(east, created.id()).status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
    }

    @Test
    void listShowsTheGroupsInTheHomeAndTheLinkedRegionWithTheirHomeArns() {
        CreateInstanceResponse instance = replicatedInstance();
        CreateTrafficDistributionGroupResponse created = createGroup(instance.id(), "listed");
        settle();

        assertThat(list(east)).extracting(TrafficDistributionGroupSummary::arn)
                .containsExactly(defaultTdgArn(instance.id()), created.arn());
        assertThat(list(west)).extracting(TrafficDistributionGroupSummary::arn)
                .containsExactly(defaultTdgArn(instance.id()), created.arn());
        TrafficDistributionGroupSummary summary = list(west).get(1);
        assertThat(summary.name()).isEqualTo("listed");
        assertThat(summary.instanceArn()).isEqualTo(instance.arn());
        assertThat(summary.status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
        assertThat(summary.isDefault()).isFalse();
        try (ConnectClient frankfurt = client("eu-central-1", account)) {
            assertThat(frankfurt.listTrafficDistributionGroups(b -> { }).trafficDistributionGroupSummaryList())
                    .isEmpty();
        }
    }

    @Test
    void listFiltersByInstanceAndPages() {
        CreateInstanceResponse first = replicatedInstance();
        CreateInstanceResponse second = replicatedInstance();
        createGroup(first.id(), "a");
        // Groups list in creation order. The simulator clock stands still, so b is created a second later on it:
        // two groups created at the same instant would list in the order of their random ids.
        simulator.advanceClock(Duration.ofSeconds(1));
        createGroup(first.id(), "b");

        var ofFirst = east.listTrafficDistributionGroups(b -> b.instanceId(first.id()).maxResults(2));
        assertThat(ofFirst.trafficDistributionGroupSummaryList()).hasSize(2);
        assertThat(ofFirst.nextToken()).isNotNull();
        var rest = east.listTrafficDistributionGroups(b -> b.instanceId(first.id()).maxResults(2)
                .nextToken(ofFirst.nextToken()));
        assertThat(rest.trafficDistributionGroupSummaryList()).extracting(TrafficDistributionGroupSummary::name)
                .containsExactly("b");
        assertThat(rest.nextToken()).isNull();
        assertThat(east.listTrafficDistributionGroups(b -> b.instanceId(second.arn()))
                .trafficDistributionGroupSummaryList()).extracting(TrafficDistributionGroupSummary::instanceArn)
                .containsExactly(second.arn());
    }

    @Test
    void listRefusesAnOutOfRangePageSize() {
        assertThatThrownBy(() -> east.listTrafficDistributionGroups(b -> b.maxResults(11)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("MaxResults");
    }

    @Test
    void deleteGoesPendingAndThenTheGroupIsGone() {
        CreateTrafficDistributionGroupResponse created = createGroup(replicatedInstance().id(), "short-lived");
        settle();

        east.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.id()));
        assertThat(describe(east, created.id()).status()).isEqualTo(TrafficDistributionGroupStatus.PENDING_DELETION);
        settle();

        assertThatThrownBy(() -> describe(east, created.id()))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThat(list(east)).extracting(TrafficDistributionGroupSummary::id).doesNotContain(created.id());
    }

    @Test
    void anArmedFailureMakesTheDeletionFailAndKeepsTheGroup() {
        CreateTrafficDistributionGroupResponse created = createGroup(replicatedInstance().id(), "sticky");
        settle();
        simulator.asyncFailures().arm("DeleteTrafficDistributionGroup", 1);

        east.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.arn()));
        settle();

        assertThat(describe(east, created.id()).status()).isEqualTo(TrafficDistributionGroupStatus.DELETION_FAILED);
        east.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.id()));
        settle();
        assertThat(list(east)).extracting(TrafficDistributionGroupSummary::id).doesNotContain(created.id());
    }

    @Test
    void deleteFromTheLinkedRegionIsRefusedEvenByArn() {
        CreateTrafficDistributionGroupResponse created = createGroup(replicatedInstance().id(), "home-only");
        settle();

        assertThatThrownBy(() -> west.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.arn())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("home region " + EAST);
        assertThatThrownBy(() -> west.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.id())))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThat(describe(east, created.id()).status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
    }

    @Test
    void theDefaultGroupCannotBeDeleted() {
        String defaultArn = defaultTdgArn(replicatedInstance().id());

        assertThatThrownBy(() -> east.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(defaultArn)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("default group");
        assertThat(describe(east, defaultArn).status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
    }

    @Test
    void deleteWhileStillBeingCreatedIsRefused() {
        CreateTrafficDistributionGroupResponse created = createGroup(replicatedInstance().id(), "unfinished");

        assertThatThrownBy(() -> east.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.id())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("CREATION_IN_PROGRESS");
        settle();
        assertThat(describe(east, created.id()).status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
    }

    @Test
    void deleteWhileNumbersAreClaimedToTheGroupIsInUse() {
        CreateTrafficDistributionGroupResponse created = createGroup(replicatedInstance().id(), "busy");
        settle();
        PhoneNumberRecord number = putNumberOn(created.arn());

        assertThatThrownBy(() -> east.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.id())))
                .isInstanceOfSatisfying(ResourceInUseException.class, e -> assertThat(e.statusCode()).isEqualTo(409))
                .hasMessageContaining("still has phone numbers");
        assertThat(describe(east, created.id()).status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);

        removeNumber(number);
        east.deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.id()));
        assertThat(describe(east, created.id()).status()).isEqualTo(TrafficDistributionGroupStatus.PENDING_DELETION);
    }

    @Test
    void anIdThatIsNeitherUuidNorArnIsA400NamingTheField() {
        assertThatThrownBy(() -> east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId("nope")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("TrafficDistributionGroupId");
    }

    /** Claiming is another group's operation; the number is put on the group directly, as a claim would. */
    private PhoneNumberRecord putNumberOn(String tdgArn) {
        AccountState state = simulator.store().account(account);
        return state.exclusively(simulator.clock().now(), () -> {
            PhoneNumberRecord number = new PhoneNumberRecord(UUID.randomUUID().toString(), "+15555550123", "US",
                    "DID", EAST, null);
            number.markClaimed();
            state.addPhoneNumber(number, tdgArn, tdgArn);
            return number;
        });
    }

    private void removeNumber(PhoneNumberRecord number) {
        AccountState state = simulator.store().account(account);
        state.exclusively(simulator.clock().now(), () -> {
            state.removePhoneNumber(number);
            return null;
        });
    }

    private static String alias() {
        return "r-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
