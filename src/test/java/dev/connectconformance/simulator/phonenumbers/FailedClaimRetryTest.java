package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.StandingClock;
import dev.connectconformance.simulator.client.SimulatorClients;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.statefile.PendingWorkDocument;
import dev.connectconformance.simulator.statefile.StateDocument;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * PN-15: a FAILED claim keeps its number for a day, for a retry by the same account; then the record goes and the
 * number is offered again. A FAILED claim counts against no quota.
 */
class FailedClaimRetryTest extends PhoneNumberTestBase {

    /** Claims a number to an instance whose quota of 1 is full, and lets the claim settle FAILED. */
    private ClaimPhoneNumberResponse failedClaim(String instanceId) {
        simulator.store().quotas().setFor(instanceArn(instanceId), 1);
        claimedToInstance(instanceId);
        ClaimPhoneNumberResponse failed = claimedToInstance(instanceId);
        assertThat(describe(failed.phoneNumberId()).phoneNumberStatus().status())
                .isEqualTo(PhoneNumberWorkflowStatus.FAILED);
        return failed;
    }

    private String phoneNumberOf(String id) {
        return describe(id).phoneNumber();
    }

    @Test
    void aFailedClaimIsRetriedWithinTheDayToATargetWithRoom() {
        String instanceId = activeInstance().id();
        ClaimPhoneNumberResponse failed = failedClaim(instanceId);
        String number = phoneNumberOf(failed.phoneNumberId());
        String roomy = activeInstance().id();
        simulator.advanceClock(Duration.ofHours(23));

        ClaimPhoneNumberResponse retried = east.claimPhoneNumber(b -> b.instanceId(roomy).phoneNumber(number));
        settle();

        assertThat(describe(retried.phoneNumberId()).phoneNumberStatus().status())
                .isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
        assertThat(describe(retried.phoneNumberId()).targetArn()).isEqualTo(instanceArn(roomy));
        assertFails(() -> describe(failed.phoneNumberId()), ResourceNotFoundException.class, 404,
                failed.phoneNumberId());
        assertThat(listAll(east)).filteredOn(n -> n.phoneNumber().equals(number)).hasSize(1);
        // The day after the failure passes: the retried claim stays.
        simulator.advanceClock(Duration.ofDays(2));
        assertThat(describe(retried.phoneNumberId()).phoneNumberStatus().status())
                .isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void aDayAfterTheFailureTheRecordIsGoneAndTheNumberIsOfferedAgain() {
        String instanceId = activeInstance().id();
        ClaimPhoneNumberResponse failed = failedClaim(instanceId);
        String number = phoneNumberOf(failed.phoneNumberId());
        assertThat(offered(instanceId, number)).isFalse();

        simulator.advanceClock(Duration.ofHours(23));
        assertThat(describe(failed.phoneNumberId()).phoneNumberStatus().status())
                .isEqualTo(PhoneNumberWorkflowStatus.FAILED);
        simulator.advanceClock(Duration.ofHours(1));

        assertFails(() -> describe(failed.phoneNumberId()), ResourceNotFoundException.class, 404,
                failed.phoneNumberId());
        assertThat(offered(instanceId, number)).isTrue();
        assertThat(simulator.store().inventory().holderOf(number)).isEmpty();
    }

    @Test
    void afterTheDayARetryIsAFreshClaimOfAFreeNumber() {
        String instanceId = activeInstance().id();
        ClaimPhoneNumberResponse failed = failedClaim(instanceId);
        String number = phoneNumberOf(failed.phoneNumberId());
        simulator.advanceClock(Duration.ofDays(1));
        String roomy = activeInstance().id();

        ClaimPhoneNumberResponse claimed = east.claimPhoneNumber(b -> b.instanceId(roomy).phoneNumber(number));
        settle();

        assertThat(describe(claimed.phoneNumberId()).phoneNumberStatus().status())
                .isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void anotherAccountCannotClaimTheNumberOfAFailedClaimWithinTheDay() {
        String instanceId = activeInstance().id();
        ClaimPhoneNumberResponse failed = failedClaim(instanceId);
        String number = phoneNumberOf(failed.phoneNumberId());
        try (ConnectClient other = client(EAST, randomAccountId())) {
            String otherInstance = activeInstanceVia(other);

            assertFails(() -> other.claimPhoneNumber(b -> b.instanceId(otherInstance).phoneNumber(number)),
                    InvalidParameterException.class, 400, number + " is not available");
        }
        assertThat(describe(failed.phoneNumberId()).phoneNumberStatus().status())
                .isEqualTo(PhoneNumberWorkflowStatus.FAILED);
        assertThat(simulator.store().inventory().holderOf(number)).hasValueSatisfying(holder ->
                assertThat(holder.numberId()).isEqualTo(failed.phoneNumberId()));
    }

    @Test
    void aFailedClaimDoesNotCountAgainstTheQuota() {
        String instanceId = activeInstance().id();
        failedClaim(instanceId);
        AccountState state = simulator.store().account(account);

        assertThat(state.exclusively(simulator.clock().now(), () -> state.slotsUsed(instanceArn(instanceId))))
                .isEqualTo(1);
        simulator.store().quotas().setFor(instanceArn(instanceId), 2);
        String second = claimedToInstance(instanceId).phoneNumberId();
        assertThat(describe(second).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void aRetryToATargetStillWithoutRoomFailsAgainAndKeepsTheNumberForAnotherDay() {
        String instanceId = activeInstance().id();
        ClaimPhoneNumberResponse failed = failedClaim(instanceId);
        String number = phoneNumberOf(failed.phoneNumberId());
        simulator.advanceClock(Duration.ofHours(20));

        ClaimPhoneNumberResponse again = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number));
        settle();
        simulator.advanceClock(Duration.ofHours(10));

        assertThat(describe(again.phoneNumberId()).phoneNumberStatus().status())
                .isEqualTo(PhoneNumberWorkflowStatus.FAILED);
        assertFails(() -> describe(failed.phoneNumberId()), ResourceNotFoundException.class, 404,
                failed.phoneNumberId());
        simulator.advanceClock(Duration.ofHours(15));
        assertFails(() -> describe(again.phoneNumberId()), ResourceNotFoundException.class, 404,
                again.phoneNumberId());
        assertThat(offered(instanceId, number)).isTrue();
    }

    @Test
    void theExpiryOfAFailedClaimSurvivesAnExportAndImport() {
        String instanceId = activeInstance().id();
        ClaimPhoneNumberResponse failed = failedClaim(instanceId);
        StateDocument exported = simulator.adminClient().exportState(account);
        assertThat(exported.accounts().get(account).pendingWork()).anySatisfy(effect -> {
            assertThat(effect).isInstanceOf(PendingWorkDocument.FailedClaimExpires.class);
            assertThat(effect.resourceId()).isEqualTo(failed.phoneNumberId());
            assertThat(effect.due()).isAfter(simulator.clock().now().plus(Duration.ofHours(23)));
        });

        try (ConnectSimulator twin = ConnectSimulator.start(SimulatorSettings.defaults().withSettleDelay(SETTLE)
                .withClock(StandingClock.now()));
             ConnectClient onTwin = SimulatorClients.connect(twin.endpoint(), EAST, account)) {
            twin.adminClient().importState(exported);
            assertThat(describe(onTwin, failed.phoneNumberId()).phoneNumberStatus().status())
                    .isEqualTo(PhoneNumberWorkflowStatus.FAILED);
            twin.advanceClock(Duration.ofDays(1));

            assertFails(() -> describe(onTwin, failed.phoneNumberId()), ResourceNotFoundException.class, 404,
                    failed.phoneNumberId());
        }
    }

    private boolean offered(String instanceId, String number) {
        return east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .phoneNumberPrefix(number).maxResults(10))
                .availableNumbersList().stream().anyMatch(n -> n.phoneNumber().equals(number));
    }

}
