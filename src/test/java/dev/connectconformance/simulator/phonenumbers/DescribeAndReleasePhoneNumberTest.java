package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;
import software.amazon.awssdk.services.connect.model.ResourceInUseException;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * DescribePhoneNumber, UpdatePhoneNumberMetadata and ReleasePhoneNumber. Rules covered: PN-08 (id or ARN in
 * the home region, ARN only in the replica region), PN-10 (release only where claimed, 180-day cooldown, the slot
 * frees), PN-13 (IN_PROGRESS refuses), PN-14 (description change: IN_PROGRESS, then CLAIMED).
 */
class DescribeAndReleasePhoneNumberTest extends PhoneNumberTestBase {

    @Test
    void aNumberOnAGroupIsDescribedByIdOrArnInTheHomeRegion() {
        String instanceId = replicatedInstance().id();
        ClaimPhoneNumberResponse claimed = claimedToTarget(instanceId, defaultTdgArn(instanceId));

        assertThat(describe(east, claimed.phoneNumberId()).phoneNumberArn()).isEqualTo(claimed.phoneNumberArn());
        assertThat(describe(east, claimed.phoneNumberArn()).phoneNumberId()).isEqualTo(claimed.phoneNumberId());
    }

    @Test
    void aNumberOnAGroupIsDescribedInTheReplicaRegionByArnOnly() {
        String instanceId = replicatedInstance().id();
        ClaimPhoneNumberResponse claimed = claimedToTarget(instanceId, defaultTdgArn(instanceId));

        assertThat(describe(west, claimed.phoneNumberArn()).phoneNumberStatus().status())
                .isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
        assertFails(() -> describe(west, claimed.phoneNumberId()), ResourceNotFoundException.class, 404,
                "use its full ARN");
    }

    @Test
    void aNumberOnAnInstanceIsNotVisibleFromAnotherRegionEvenByArn() {
        String instanceId = replicatedInstance().id();
        ClaimPhoneNumberResponse claimed = claimedToInstance(instanceId);

        assertFails(() -> describe(west, claimed.phoneNumberArn()), ResourceNotFoundException.class, 404,
                "Phone number not found");
    }

    @Test
    void describeOfAnUnknownNumberIsNotFoundAndOfAMalformedIdNamesTheField() {
        assertFails(() -> describe(UUID.randomUUID().toString()), ResourceNotFoundException.class, 404,
                "Phone number not found");
        assertFails(() -> describe("not-a-number-id"), InvalidParameterException.class, 400, "PhoneNumberId");
    }

    @Test
    void releaseShowsInProgressThenTheNumberIsGone() {
        String instanceId = activeInstance().id();
        String numberId = claimedToInstance(instanceId).phoneNumberId();

        east.releasePhoneNumber(b -> b.phoneNumberId(numberId));

        assertThat(describe(numberId).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.IN_PROGRESS);
        settle();
        assertFails(() -> describe(numberId), ResourceNotFoundException.class, 404, "Phone number not found");
        assertThat(listAll(east)).isEmpty();
    }

    @Test
    void aReleasedNumberCoolsDownFor180DaysBeforeItCanBeFoundOrClaimedAgain() {
        String instanceId = activeInstance().id();
        String numberId = claimedToInstance(instanceId).phoneNumberId();
        String e164 = describe(numberId).phoneNumber();
        east.releasePhoneNumber(b -> b.phoneNumberId(numberId));
        settle();

        assertThat(searchExactly(instanceId, e164)).isEmpty();
        assertFails(() -> east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(e164)),
                InvalidParameterException.class, 400, e164 + " is not available");
        assertThat(listAll(east)).isEmpty();

        simulator.advanceClock(Duration.ofDays(180));

        assertThat(searchExactly(instanceId, e164)).containsExactly(e164);
    }

    @Test
    void releaseFreesTheQuotaSlot() {
        String instanceId = activeInstance().id();
        simulator.store().quotas().setFor(instanceArn(instanceId), 2);
        String first = claimedToInstance(instanceId).phoneNumberId();
        claimedToInstance(instanceId);
        east.releasePhoneNumber(b -> b.phoneNumberId(first));
        settle();

        String third = claimedToInstance(instanceId).phoneNumberId();

        assertThat(describe(third).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void releaseWhileTheClaimIsInProgressIsRefusedAsInUse() {
        String instanceId = activeInstance().id();
        String numberId = east.claimPhoneNumber(b -> b.instanceId(instanceId)
                .phoneNumber(availableNumber(instanceId))).phoneNumberId();

        assertFails(() -> east.releasePhoneNumber(b -> b.phoneNumberId(numberId)), ResourceInUseException.class,
                409, "IN_PROGRESS");

        settle();
        assertThat(describe(numberId).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void releaseOutsideTheRegionTheNumberWasClaimedInIsRefused() {
        String instanceId = replicatedInstance().id();
        ClaimPhoneNumberResponse claimed = claimedToTarget(instanceId, defaultTdgArn(instanceId));

        assertFails(() -> west.releasePhoneNumber(b -> b.phoneNumberId(claimed.phoneNumberArn())),
                InvalidParameterException.class, 400, "can only be released there");
        assertFails(() -> west.releasePhoneNumber(b -> b.phoneNumberId(claimed.phoneNumberId())),
                ResourceNotFoundException.class, 404, "Phone number not found");

        settle();
        assertThat(describe(claimed.phoneNumberId()).phoneNumberStatus().status())
                .isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void aNumberWhoseClaimFailedCanBeReleasedAndIsAvailableAgainAtOnce() {
        String instanceId = activeInstance().id();
        simulator.store().quotas().setFor(instanceArn(instanceId), 0);
        String numberId = claimedToInstance(instanceId).phoneNumberId();
        String e164 = describe(numberId).phoneNumber();

        east.releasePhoneNumber(b -> b.phoneNumberId(numberId));
        settle();

        assertThat(listAll(east)).isEmpty();
        assertThat(searchExactly(instanceId, e164)).containsExactly(e164);
    }

    @Test
    void theDescriptionChangesWithUpdatePhoneNumberMetadataInProgressThenClaimed() {
        String instanceId = activeInstance().id();
        String numberId = claimedToInstance(instanceId).phoneNumberId();

        east.updatePhoneNumberMetadata(b -> b.phoneNumberId(numberId).phoneNumberDescription("night line"));

        assertThat(describe(numberId).phoneNumberDescription()).isEqualTo("night line");
        assertThat(describe(numberId).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.IN_PROGRESS);
        assertFails(() -> east.updatePhoneNumberMetadata(b -> b.phoneNumberId(numberId)
                .phoneNumberDescription("other")), ResourceInUseException.class, 409, "IN_PROGRESS");
        settle();
        assertThat(describe(numberId).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
        assertThat(describe(numberId).phoneNumberDescription()).isEqualTo("night line");
    }

    @Test
    void updatePhoneNumberMetadataOfAnUnknownNumberIsNotFound() {
        assertFails(() -> east.updatePhoneNumberMetadata(b -> b.phoneNumberId(UUID.randomUUID().toString())
                .phoneNumberDescription("x")), ResourceNotFoundException.class, 404, "Phone number not found");
    }

    private List<String> searchExactly(String instanceId, String e164) {
        return east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .phoneNumberPrefix(e164))
                .availableNumbersList().stream().map(n -> n.phoneNumber()).toList();
    }
}
