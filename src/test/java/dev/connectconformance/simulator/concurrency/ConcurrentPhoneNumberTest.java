package dev.connectconformance.simulator.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.SimulatorTestBase;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.PendingEffect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * Many SDK clients claiming, moving, associating and releasing the same and different numbers at once, with
 * small quotas so that they contend, and the simulator clock advanced between (and during) waves. Whatever the
 * interleaving, every answer is a 200 or a modelled 4xx, and the state keeps its invariants: each number on
 * exactly one target, no target over its quota, nothing left IN_PROGRESS, each ClientToken acting once.
 */
class ConcurrentPhoneNumberTest extends SimulatorTestBase {

    private static final int THREADS = 8;
    private static final int WAVES = 4;
    private static final int CALLS_PER_THREAD = 12;
    private static final int QUOTA = 3;
    private static final long SEED = 20261124L;

    private ConnectClient eastNoRetry;
    private final Outcomes outcomes = new Outcomes();

    @BeforeEach
    void clientWithoutRetries() {
        eastNoRetry = ConnectClient.builder().endpointOverride(simulator.endpoint()).region(Region.of(EAST))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "any")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterEach
    void closeClient() {
        eastNoRetry.close();
    }

    @Test
    void churnFromManyThreadsKeepsEveryInvariant() throws Exception {
        String instanceId = replicatedInstance().id();
        String otherInstanceId = activeInstance().id();
        List<String> targets = List.of(instanceArn(instanceId), instanceArn(otherInstanceId),
                defaultTdgArn(instanceId));
        targets.forEach(t -> simulator.store().quotas().setFor(t, QUOTA));
        String flowId = east.listContactFlows(b -> b.instanceId(instanceId)).contactFlowSummaryList().get(0).id();
        List<String> candidates = availableNumbers(instanceId, 40);
        List<String> sharedTokens = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Set<String> knownIds = ConcurrentHashMap.newKeySet();

        try (ConcurrentWaves waves = new ConcurrentWaves(THREADS)) {
            for (int wave = 0; wave < WAVES; wave++) {
                int waveIndex = wave;
                waves.run(thread -> {
                    Random random = new Random(SEED + 1000L * waveIndex + thread);
                    for (int call = 0; call < CALLS_PER_THREAD; call++) {
                        randomCall(random, candidates, targets, instanceId, flowId, sharedTokens, knownIds);
                        if (thread == 0 && call % 4 == 3) {
                            // Asynchronous work completes while other threads are mid-request.
                            simulator.advanceClock(Duration.ofSeconds(2));
                        }
                    }
                });
                settle();
                assertThat(StateInvariants.violations(simulator.store(), simulator.clock().now()))
                        .as("store invariants after wave %d", wave).isEmpty();
            }
        }
        settle();

        assertThat(outcomes.undocumented()).as("outcomes %s", outcomes).isEmpty();
        assertThat(outcomes.total()).isEqualTo(THREADS * WAVES * CALLS_PER_THREAD);
        assertThat(outcomes.count("ClaimPhoneNumber", "200")).as("outcomes %s", outcomes).isPositive();
        assertThat(outcomes.count("UpdatePhoneNumber", "200")).as("outcomes %s", outcomes).isPositive();
        assertThat(outcomes.count("ReleasePhoneNumber", "200")).as("outcomes %s", outcomes).isPositive();
        assertInvariants(knownIds, targets);
    }

    @Test
    void oneClientTokenReplayedConcurrentlyActsOnce() throws Exception {
        String instanceId = activeInstance().id();
        String otherInstanceId = activeInstance().id();
        String number = availableNumbers(instanceId, 1).get(0);
        String claimToken = UUID.randomUUID().toString();
        Set<String> claimedIds = ConcurrentHashMap.newKeySet();

        try (ConcurrentWaves waves = new ConcurrentWaves(THREADS)) {
            waves.run(thread -> {
                ClaimPhoneNumberResponse claimed = outcomes.record("ClaimPhoneNumber", () ->
                        eastNoRetry.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)
                                .clientToken(claimToken)));
                if (claimed != null) {
                    claimedIds.add(claimed.phoneNumberId());
                }
            });
            assertThat(outcomes.count("ClaimPhoneNumber", "200")).isEqualTo(THREADS);
            assertThat(claimedIds).hasSize(1);
            assertThat(numbersInState()).isEqualTo(1);
            settle();

            // Acting twice would find the number IN_PROGRESS and answer 409 ResourceInUseException.
            String id = claimedIds.iterator().next();
            String moveToken = UUID.randomUUID().toString();
            waves.run(thread -> outcomes.record("UpdatePhoneNumber", () -> eastNoRetry.updatePhoneNumber(
                    b -> b.phoneNumberId(id).instanceId(otherInstanceId).clientToken(moveToken))));
            assertThat(outcomes.count("UpdatePhoneNumber", "200")).as("outcomes %s", outcomes).isEqualTo(THREADS);
            settle();
            ClaimedPhoneNumberSummary moved = describe(id);
            assertThat(moved.targetArn()).isEqualTo(instanceArn(otherInstanceId));
            assertThat(moved.phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");

            String releaseToken = UUID.randomUUID().toString();
            waves.run(thread -> outcomes.record("ReleasePhoneNumber", () -> eastNoRetry.releasePhoneNumber(
                    b -> b.phoneNumberId(id).clientToken(releaseToken))));
            assertThat(outcomes.count("ReleasePhoneNumber", "200")).as("outcomes %s", outcomes).isEqualTo(THREADS);
            settle();
            assertThat(numbersInState()).isZero();
        }
    }

    @Test
    void oneNumberClaimedByManyThreadsAtOnceGoesToExactlyOne() throws Exception {
        String instanceId = activeInstance().id();
        String number = availableNumbers(instanceId, 1).get(0);

        try (ConcurrentWaves waves = new ConcurrentWaves(THREADS)) {
            waves.run(thread -> outcomes.record("ClaimPhoneNumber", () ->
                    eastNoRetry.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number))));
        }

        assertThat(outcomes.count("ClaimPhoneNumber", "200")).as("outcomes %s", outcomes).isEqualTo(1);
        assertThat(outcomes.count("ClaimPhoneNumber", "400 InvalidParameterException")).isEqualTo(THREADS - 1);
        assertThat(numbersInState()).isEqualTo(1);
    }

    @Test
    void concurrentClaimsAndMovesNeverOverrunATargetsQuota() throws Exception {
        String instanceId = activeInstance().id();
        String otherInstanceId = activeInstance().id();
        simulator.store().quotas().setFor(instanceArn(instanceId), QUOTA);
        simulator.store().quotas().setFor(instanceArn(otherInstanceId), QUOTA - 1);
        List<String> numbers = availableNumbers(instanceId, THREADS);
        Set<String> ids = ConcurrentHashMap.newKeySet();

        try (ConcurrentWaves waves = new ConcurrentWaves(THREADS)) {
            waves.run(thread -> {
                ClaimPhoneNumberResponse claimed = outcomes.record("ClaimPhoneNumber", () -> eastNoRetry
                        .claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(numbers.get(thread))));
                if (claimed != null) {
                    ids.add(claimed.phoneNumberId());
                }
            });
            settle();
            // Over the quota a claim is accepted and ends FAILED (PN-07): all answered 200, only QUOTA hold a slot.
            assertThat(ids).hasSize(THREADS);
            List<String> claimed = idsWithStatus(ids, "CLAIMED");
            assertThat(claimed).hasSize(QUOTA);
            assertThat(idsWithStatus(ids, "FAILED")).hasSize(THREADS - QUOTA);

            waves.run(thread -> outcomes.record("UpdatePhoneNumber", () -> eastNoRetry.updatePhoneNumber(
                    b -> b.phoneNumberId(claimed.get(thread % QUOTA)).instanceId(otherInstanceId))));
            settle();
        }

        // Each number moves once; the calls that find it IN_PROGRESS are refused. The target of the moves has
        // room for QUOTA - 1: the move that does not fit ends FAILED back on the first instance.
        assertThat(outcomes.undocumented()).as("outcomes %s", outcomes).isEmpty();
        assertThat(outcomes.count("UpdatePhoneNumber", "200")).isEqualTo(QUOTA);
        assertThat(outcomes.count("UpdatePhoneNumber", "409 ResourceInUseException")).isEqualTo(THREADS - QUOTA);
        Map<String, Integer> perTargetAndStatus = new HashMap<>();
        for (String id : ids) {
            ClaimedPhoneNumberSummary number = describe(id);
            perTargetAndStatus.merge(number.targetArn() + " " + number.phoneNumberStatus().statusAsString(), 1,
                    Integer::sum);
        }
        assertThat(perTargetAndStatus).containsOnly(
                Map.entry(instanceArn(otherInstanceId) + " CLAIMED", QUOTA - 1),
                Map.entry(instanceArn(instanceId) + " FAILED", THREADS - QUOTA + 1));
    }

    // ---- the random churn ----

    private void randomCall(Random random, List<String> candidates, List<String> targets, String instanceId,
                            String flowId, List<String> sharedTokens, Set<String> knownIds) {
        String target = targets.get(random.nextInt(targets.size()));
        String token = random.nextInt(6) == 0 ? sharedTokens.get(random.nextInt(sharedTokens.size())) : null;
        String id = knownIds.isEmpty() ? UUID.randomUUID().toString() : pick(random, knownIds);
        int kind = random.nextInt(100);
        if (kind < 30) {
            String number = candidates.get(random.nextInt(candidates.size()));
            ClaimPhoneNumberResponse claimed = outcomes.record("ClaimPhoneNumber", () -> eastNoRetry
                    .claimPhoneNumber(b -> b.targetArn(target).phoneNumber(number).clientToken(token)));
            if (claimed != null) {
                knownIds.add(claimed.phoneNumberId());
            }
        } else if (kind < 55) {
            outcomes.record("UpdatePhoneNumber", () -> eastNoRetry.updatePhoneNumber(
                    b -> b.phoneNumberId(id).targetArn(target).clientToken(token)));
        } else if (kind < 70) {
            outcomes.record("AssociatePhoneNumberContactFlow", () -> eastNoRetry.associatePhoneNumberContactFlow(
                    b -> b.phoneNumberId(id).instanceId(instanceId).contactFlowId(flowId)));
        } else if (kind < 85) {
            outcomes.record("ReleasePhoneNumber", () -> eastNoRetry.releasePhoneNumber(
                    b -> b.phoneNumberId(id).clientToken(token)));
        } else {
            outcomes.record("DescribePhoneNumber", () -> eastNoRetry.describePhoneNumber(
                    b -> b.phoneNumberId(id)));
        }
    }

    private static String pick(Random random, Set<String> ids) {
        List<String> snapshot = new ArrayList<>(ids);
        return snapshot.isEmpty() ? UUID.randomUUID().toString() : snapshot.get(random.nextInt(snapshot.size()));
    }

    // ---- invariants ----

    private void assertInvariants(Set<String> knownIds, List<String> targets) {
        Map<String, ClaimedPhoneNumberSummary> existing = new HashMap<>();
        for (String id : knownIds) {
            try {
                existing.put(id, describe(id));
            } catch (ResourceNotFoundException released) {
                // released: it must then be on no target either, which the lists below check
            }
        }
        assertThat(existing.values()).allSatisfy(n ->
                assertThat(n.phoneNumberStatus().statusAsString()).isIn("CLAIMED", "FAILED"));
        assertThat(existing.values().stream().map(ClaimedPhoneNumberSummary::phoneNumber))
                .as("no phone number is held twice").doesNotHaveDuplicates();

        Map<String, String> targetOf = new HashMap<>();
        for (String target : targets) {
            List<String> listed = east.listPhoneNumbersV2Paginator(b -> b.targetArn(target).maxResults(100))
                    .listPhoneNumbersSummaryList().stream().map(ListPhoneNumbersSummary::phoneNumberId).toList();
            for (String id : listed) {
                assertThat(targetOf.put(id, target)).as("number %s listed on two targets", id).isNull();
            }
            long claimedHere = listed.stream().filter(id -> existing.containsKey(id)
                    && existing.get(id).phoneNumberStatus().statusAsString().equals("CLAIMED")).count();
            assertThat(claimedHere).as("CLAIMED numbers on %s", target).isLessThanOrEqualTo(QUOTA);
        }
        assertThat(targetOf.keySet()).as("every number on exactly one target").isEqualTo(existing.keySet());
        existing.forEach((id, n) -> assertThat(n.targetArn()).isEqualTo(targetOf.get(id)));

        AccountState state = simulator.store().account(account);
        state.exclusively(simulator.clock().now(), () -> {
            // Only the expiry of failed claims may wait: it falls due a day later (PN-15).
            assertThat(state.pendingWork()).as("asynchronous work left after the clock moved")
                    .allSatisfy(effect -> {
                        assertThat(effect).isInstanceOf(PendingEffect.FailedClaimExpires.class);
                        assertThat(effect.due()).isAfter(simulator.clock().now());
                    });
            targets.forEach(t -> assertThat(state.slotsUsed(t)).as("quota slots on %s", t)
                    .isLessThanOrEqualTo(QUOTA));
            state.phoneNumbers().values().forEach(n -> assertThat(simulator.store().inventory()
                    .isAvailable(n.phoneNumber(), simulator.clock().now())).as("%s still held", n.phoneNumber())
                    .isFalse());
            assertThat(new HashSet<>(state.phoneNumbers().keySet())).isEqualTo(existing.keySet());
            return null;
        });
    }

    // ---- helpers ----

    private List<String> availableNumbers(String instanceId, int count) {
        return east.searchAvailablePhoneNumbersPaginator(b -> b.instanceId(instanceId)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .maxResults(10))
                .availableNumbersList().stream().limit(count).map(n -> n.phoneNumber()).toList();
    }

    private ClaimedPhoneNumberSummary describe(String id) {
        return east.describePhoneNumber(b -> b.phoneNumberId(id)).claimedPhoneNumberSummary();
    }

    private List<String> idsWithStatus(Set<String> ids, String status) {
        return ids.stream().filter(id -> describe(id).phoneNumberStatus().statusAsString().equals(status))
                .sorted().toList();
    }

    private int numbersInState() {
        AccountState state = simulator.store().account(account);
        return state.exclusively(simulator.clock().now(), () -> state.phoneNumbers().size());
    }

    private String instanceArn(String instanceId) {
        return "arn:aws:connect:" + EAST + ":" + account + ":instance/" + instanceId;
    }
}
