package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.connectconformance.simulator.concurrency.StateInvariants;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.NumberInventory;
import dev.connectconformance.simulator.state.NumberInventory.Holder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * Deterministic replays of the lifecycle races found by hand: a deletion or a reset meeting work still pending
 * on a number. Each asserts what AWS documents (a deleted instance's numbers go into the release cooldown, for
 * everyone), that the number never has two owners, and that no number points at a target that is gone.
 */
class LifecycleRaceRegressionTest extends PhoneNumberTestBase {

    private static final Duration COOLDOWN = NumberInventory.RELEASE_COOLDOWN;

    private ConnectClient second;
    private ConnectClient third;

    @AfterEach
    void closeOtherAccounts() {
        if (second != null) {
            second.close();
        }
        if (third != null) {
            third.close();
        }
    }

    @Test
    void deletingAnInstanceWhileAReleaseIsPendingCoolsTheNumberDownForEveryAccount() {
        String instanceId = activeInstance().id();
        String numberId = claimedToInstance(instanceId).phoneNumberId();
        String number = describe(numberId).phoneNumber();
        east.releasePhoneNumber(b -> b.phoneNumberId(numberId));

        east.deleteInstance(b -> b.instanceId(instanceId));

        second = client(EAST, randomAccountId());
        String secondInstance = activeInstanceVia(second);
        assertNotClaimable(second, secondInstance, number);
        settle(); // the release that was pending falls due: it belonged to the deleted record, so it does nothing
        assertNotClaimable(second, secondInstance, number);

        simulator.advanceClock(COOLDOWN.plus(SETTLE));
        String secondId = second.claimPhoneNumber(b -> b.instanceId(secondInstance).phoneNumber(number))
                .phoneNumberId();
        settle();
        third = client(EAST, randomAccountId());
        String thirdInstance = activeInstanceVia(third);
        assertNotClaimable(third, thirdInstance, number);
        assertThat(describe(second, secondId).phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");
        assertThat(simulator.store().inventory().holderOf(number)).hasValueSatisfying(h ->
                assertThat(h.numberId()).isEqualTo(secondId));
        assertNoViolations();
    }

    @Test
    void deletingAnInstanceWhileAClaimIsPendingReleasesTheNumberIntoTheCooldown() {
        String instanceId = activeInstance().id();
        String number = availableNumber(instanceId);
        String numberId = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)).phoneNumberId();

        east.deleteInstance(b -> b.instanceId(instanceId));
        settle();

        assertFails(() -> describe(numberId), ResourceNotFoundException.class, 404, numberId);
        assertThat(simulator.store().inventory().holderOf(number)).isEmpty();
        assertThat(simulator.store().inventory().isAvailable(number, simulator.clock().now())).isFalse();
        assertThat(simulator.store().inventory().isAvailable(number, simulator.clock().now().plus(COOLDOWN)))
                .isTrue();
        assertNoViolations();
    }

    @Test
    void deletingTheReplicaWhileANumberMovesOffItsGroupIsRefusedAndTheNumberFallsBackToTheGroup() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        String full = activeInstance().id();
        simulator.store().quotas().setFor(instanceArn(full), 0);
        String numberId = claimedToTarget(instanceId, tdgArn).phoneNumberId();
        east.updatePhoneNumber(b -> b.phoneNumberId(numberId).instanceId(full)); // no room: it will fall back

        assertFails(() -> west.deleteInstance(b -> b.instanceId(instanceId)), InvalidRequestException.class, 400,
                "still has phone numbers");
        settle();

        ClaimedPhoneNumberSummary number = describe(numberId);
        assertThat(number.targetArn()).isEqualTo(tdgArn);
        assertThat(number.phoneNumberStatus().statusAsString()).isEqualTo("FAILED");
        assertThat(tdgRecord(tdgArn.substring(tdgArn.lastIndexOf('/') + 1))).isNotNull();
        assertNoViolations();
    }

    @Test
    void deletingAnInstanceANumberIsFailingToMoveOntoLeavesTheNumberOnItsOwnTarget() {
        String home = activeInstance().id();
        String doomed = activeInstance().id();
        simulator.store().quotas().setFor(instanceArn(doomed), 0);
        String numberId = claimedToInstance(home).phoneNumberId();
        String number = describe(numberId).phoneNumber();
        east.updatePhoneNumber(b -> b.phoneNumberId(numberId).instanceId(doomed));

        east.deleteInstance(b -> b.instanceId(doomed));

        assertThat(describe(numberId).targetArn()).isEqualTo(instanceArn(home));
        assertThat(describe(numberId).phoneNumberStatus().message()).contains("was deleted");
        settle();
        assertThat(describe(numberId).targetArn()).isEqualTo(instanceArn(home));
        assertThat(simulator.store().inventory().holderOf(number)).contains(new Holder(account, numberId));
        assertNoViolations();
    }

    @Test
    void aResetRacingAClaimInFlightWaitsForItSoTheNumberIsHeldByNobody() throws Exception {
        String instanceId = activeInstance().id();
        String number = availableNumber(instanceId);
        AccountState state = simulator.store().account(account);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        // The account is held, so the claim stops in flight, after it found its account and before it acts.
        CompletableFuture<Void> blocker = CompletableFuture.runAsync(() -> state.exclusively(
                simulator.clock().now(), () -> {
                    holding.countDown();
                    awaitQuietly(letGo);
                    return null;
                }));
        CompletableFuture<String> claim;
        Thread reset = new Thread(simulator::reset);
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            claim = CompletableFuture.supplyAsync(() -> east.claimPhoneNumber(
                    b -> b.instanceId(instanceId).phoneNumber(number)).phoneNumberId());
            await().atMost(Duration.ofSeconds(30)).until(() -> state.waitingRequests() == 1);
            reset.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> reset.getState() == Thread.State.WAITING);
        } finally {
            letGo.countDown(); // also when a wait above failed: the account must not stay held
        }
        claim.get(30, TimeUnit.SECONDS);
        blocker.get(30, TimeUnit.SECONDS);
        reset.join(30_000);

        assertThat(reset.isAlive()).isFalse();
        assertThat(simulator.store().accounts()).isEmpty();
        assertThat(simulator.store().inventory().holderOf(number)).isEmpty();
        assertThat(simulator.store().inventory().isAvailable(number, simulator.clock().now())).isTrue();
    }

    private void assertNotClaimable(ConnectClient client, String instanceId, String number) {
        assertThat(client.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId).phoneNumberPrefix(number)
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID))
                .availableNumbersList()).isEmpty();
        assertFails(() -> client.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)),
                InvalidParameterException.class, 400, "not available");
    }

    private void assertNoViolations() {
        assertThat(StateInvariants.violations(simulator.store(), simulator.clock().now())).isEmpty();
    }

    /** Waits for the test to let go; bounded only so that a test that never does cannot hang the class. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
