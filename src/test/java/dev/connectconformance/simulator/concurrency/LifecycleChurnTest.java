package dev.connectconformance.simulator.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.SimulatorTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * Two accounts contending for the same numbers while instances, replicas and traffic distribution groups are
 * deleted under them and the whole simulator is reset mid-wave, with the clock moved during the waves. After
 * every wave the store's invariants hold ({@link StateInvariants}: one owner per number, no hold without a
 * record, no number on a target that is gone, no quota overrun) and every answer was a 200 or a modelled 4xx.
 */
class LifecycleChurnTest extends SimulatorTestBase {

    private static final int THREADS = 8;
    private static final int WAVES = 4;
    private static final int CALLS_PER_THREAD = 10;
    private static final int QUOTA = 3;
    private static final long SEED = 20261202L;

    /** One account's resources for a wave, created through the API. */
    private record World(String accountId, ConnectClient east, ConnectClient west, String instanceA,
                         String instanceB, String defaultTdg, String customTdg, Set<String> numberIds) {
        List<String> targets() {
            return List.of(arn("instance/" + instanceA), arn("instance/" + instanceB), defaultTdg, customTdg);
        }

        String arn(String resource) {
            return "arn:aws:connect:" + EAST + ":" + accountId + ":" + resource;
        }
    }

    private final Outcomes outcomes = new Outcomes();
    private final List<ConnectClient> clients = new ArrayList<>();
    private String otherAccount;

    @BeforeEach
    void secondAccount() {
        otherAccount = randomAccountId();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(ConnectClient::close);
    }

    @Test
    void deletionsAndResetsRacingClaimsAndMovesKeepEveryInvariant() throws Exception {
        try (ConcurrentWaves waves = new ConcurrentWaves(THREADS)) {
            for (int wave = 0; wave < WAVES; wave++) {
                List<World> worlds = List.of(world(account), world(otherAccount));
                List<String> candidates = candidates(worlds.get(0));
                int waveIndex = wave;
                waves.run(thread -> {
                    Random random = new Random(SEED + 1000L * waveIndex + thread);
                    int resetAt = waveIndex % 2 == 1 && thread == 0 ? random.nextInt(CALLS_PER_THREAD) : -1;
                    for (int call = 0; call < CALLS_PER_THREAD; call++) {
                        if (call == resetAt) {
                            simulator.reset();
                        } else {
                            randomCall(random, worlds.get(random.nextInt(worlds.size())), candidates);
                        }
                        if (thread == 1 && call % 4 == 3) {
                            simulator.advanceClock(Duration.ofSeconds(2));
                        }
                    }
                });
                settle();
                assertThat(StateInvariants.violations(simulator.store(), simulator.clock().now()))
                        .as("invariants after wave %d, outcomes %s", wave, outcomes).isEmpty();
            }
        }
        assertThat(outcomes.undocumented()).as("outcomes %s", outcomes).isEmpty();
        assertThat(outcomes.count("ClaimPhoneNumber", "200")).as("outcomes %s", outcomes).isPositive();
        assertThat(outcomes.count("DeleteInstance", "200")).as("outcomes %s", outcomes).isPositive();
        assertThat(outcomes.count("DeleteTrafficDistributionGroup", "200")).as("outcomes %s", outcomes)
                .isPositive();
    }

    private void randomCall(Random random, World world, List<String> candidates) {
        String target = world.targets().get(random.nextInt(world.targets().size()));
        String id = world.numberIds().isEmpty() ? UUID.randomUUID().toString()
                : new ArrayList<>(world.numberIds()).get(random.nextInt(world.numberIds().size()));
        int kind = random.nextInt(100);
        if (kind < 35) {
            String number = candidates.get(random.nextInt(candidates.size()));
            ClaimPhoneNumberResponse claimed = outcomes.record("ClaimPhoneNumber", () -> world.east()
                    .claimPhoneNumber(b -> b.targetArn(target).phoneNumber(number)));
            if (claimed != null) {
                world.numberIds().add(claimed.phoneNumberId());
            }
        } else if (kind < 55) {
            outcomes.record("UpdatePhoneNumber", () -> world.east().updatePhoneNumber(
                    b -> b.phoneNumberId(id).targetArn(target)));
        } else if (kind < 70) {
            outcomes.record("ReleasePhoneNumber", () -> world.east().releasePhoneNumber(b -> b.phoneNumberId(id)));
        } else if (kind < 82) {
            String instance = random.nextBoolean() ? world.instanceA() : world.instanceB();
            ConnectClient region = random.nextBoolean() ? world.west() : world.east();
            outcomes.record("DeleteInstance", () -> region.deleteInstance(b -> b.instanceId(instance)));
        } else if (kind < 94) {
            String group = random.nextInt(4) == 0 ? world.defaultTdg() : world.customTdg();
            outcomes.record("DeleteTrafficDistributionGroup", () -> world.east()
                    .deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group)));
        } else {
            outcomes.record("DescribePhoneNumber", () -> world.east().describePhoneNumber(b -> b.phoneNumberId(id)));
        }
    }

    /** A replicated instance with its default group and one more group, a plain instance, small quotas. */
    private World world(String accountId) {
        ConnectClient east = noRetries(EAST, accountId);
        ConnectClient west = noRetries(WEST, accountId);
        // Every wave adds two instances to the account unless a reset cleared it (a reset also clears this quota).
        simulator.store().quotas().setInstancesFor(accountId, 2 * WAVES);
        String a = east.createInstance(b -> b.identityManagementType("SAML").instanceAlias(alias())
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        String b = east.createInstance(r -> r.identityManagementType("SAML").instanceAlias(alias())
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        settle();
        east.replicateInstance(r -> r.instanceId(a).replicaRegion(WEST).replicaAlias(alias()));
        settle();
        String custom = east.createTrafficDistributionGroup(r -> r.instanceId(a).name(alias())).arn();
        settle();
        String defaultTdg = east.listTrafficDistributionGroups(r -> r.instanceId(a))
                .trafficDistributionGroupSummaryList().stream().filter(g -> g.isDefault()).findFirst().orElseThrow()
                .arn();
        World world = new World(accountId, east, west, a, b, defaultTdg, custom, ConcurrentHashMap.newKeySet());
        world.targets().forEach(t -> simulator.store().quotas().setFor(t, QUOTA));
        return world;
    }

    /** Numbers both accounts will try to claim. */
    private List<String> candidates(World world) {
        return world.east().searchAvailablePhoneNumbers(b -> b.instanceId(world.instanceB())
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .maxResults(10)).availableNumbersList().stream().map(n -> n.phoneNumber()).toList();
    }

    private ConnectClient noRetries(String region, String accountId) {
        ConnectClient client = ConnectClient.builder().endpointOverride(simulator.endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "any")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        clients.add(client);
        return client;
    }

    private static String alias() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
