package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * ClaimPhoneNumber. Rules covered: PN-05 (InstanceId or TargetArn), PN-09 (home region, available inventory),
 * PN-03 / TDG-01 (missing, not ACTIVE, other account's TDG), PN-04 (region of the TDG), PN-06 (IN_PROGRESS then
 * CLAIMED or FAILED), PN-07 (over the quota: 200, then FAILED naming the limit), PN-10 (churn cap of 200 % within
 * 180 days; inferred).
 */
class ClaimPhoneNumberTest extends PhoneNumberTestBase {

    @Test
    void claimToAnInstanceIsInProgressUntilItSettlesAndThenClaimed() {
        String instanceId = activeInstance().id();
        String number = availableNumber(instanceId);

        ClaimPhoneNumberResponse claimed = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)
                .phoneNumberDescription("front desk").tags(Map.of("team", "support")));

        assertThat(claimed.phoneNumberArn())
                .isEqualTo("arn:aws:connect:us-east-1:" + account + ":phone-number/" + claimed.phoneNumberId());
        ClaimedPhoneNumberSummary running = describe(claimed.phoneNumberId());
        assertThat(running.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.IN_PROGRESS);
        assertThat(running.targetArn()).isEqualTo(instanceArn(instanceId));
        assertThat(running.instanceId()).isEqualTo(instanceId);
        assertThat(running.phoneNumber()).isEqualTo(number);
        assertThat(running.phoneNumberCountryCode()).isEqualTo(PhoneNumberCountryCode.US);
        assertThat(running.phoneNumberType()).isEqualTo(PhoneNumberType.DID);
        assertThat(running.phoneNumberDescription()).isEqualTo("front desk");
        assertThat(running.tags()).containsEntry("team", "support");

        settle();

        ClaimedPhoneNumberSummary settled = describe(claimed.phoneNumberId());
        assertThat(settled.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
        assertThat(settled.phoneNumberStatus().message()).isNull();
    }

    @Test
    void claimToAnActiveTrafficDistributionGroupShowsTheGroupAndItsInstance() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);

        ClaimPhoneNumberResponse claimed = claimedToTarget(instanceId, tdgArn);

        ClaimedPhoneNumberSummary summary = describe(claimed.phoneNumberId());
        assertThat(summary.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
        assertThat(summary.targetArn()).isEqualTo(tdgArn);
        assertThat(summary.instanceId()).isEqualTo(instanceId);
    }

    @Test
    void claimWithNeitherInstanceIdNorTargetArnIsRefusedAndClaimsNothing() {
        String instanceId = activeInstance().id();
        String number = availableNumber(instanceId);

        assertFails(() -> east.claimPhoneNumber(b -> b.phoneNumber(number)),
                InvalidParameterException.class, 400, "Either InstanceId or TargetArn");

        assertThat(listAll(east)).isEmpty();
        assertThat(availableNumber(instanceId)).isEqualTo(number);
    }

    @Test
    void claimWithBothInstanceIdAndTargetArnIsRefused() {
        String instanceId = activeInstance().id();
        String number = availableNumber(instanceId);

        assertFails(() -> east.claimPhoneNumber(b -> b.phoneNumber(number).instanceId(instanceId)
                .targetArn(instanceArn(instanceId))), InvalidParameterException.class, 400, "not both");

        assertThat(listAll(east)).isEmpty();
    }

    @Test
    void claimToATrafficDistributionGroupOutsideItsHomeRegionNamesBothRegions() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        String number = availableNumber(instanceId);

        assertFails(() -> west.claimPhoneNumber(b -> b.targetArn(tdgArn).phoneNumber(number)),
                InvalidParameterException.class, 400, "created in region us-east-1 but the request was sent to "
                        + "region us-west-2");

        assertThat(listAll(east)).isEmpty();
        assertThat(listAll(west)).isEmpty();
    }

    @Test
    void claimWithATargetArnThatIsNoInstanceOrGroupArnNamesTheField() {
        String instanceId = activeInstance().id();
        String number = availableNumber(instanceId);

        assertFails(() -> east.claimPhoneNumber(b -> b.targetArn("arn:aws:connect:us-east-1:" + account
                        + ":phone-number/" + UUID.randomUUID()).phoneNumber(number)),
                InvalidParameterException.class, 400, "TargetArn");
        assertFails(() -> east.claimPhoneNumber(b -> b.targetArn("not-an-arn").phoneNumber(number)),
                InvalidParameterException.class, 400, "TargetArn");

        assertThat(listAll(east)).isEmpty();
    }

    @Test
    void claimToAnInstanceInItsReplicaRegionIsRefused() {
        String instanceId = replicatedInstance().id();
        String number = availableNumber(instanceId);

        assertFails(() -> west.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)),
                InvalidParameterException.class, 400, "was created in region us-east-1");

        assertThat(listAll(west)).isEmpty();
    }

    @Test
    void claimToATrafficDistributionGroupThatDoesNotExistIsNotFound() {
        String instanceId = activeInstance().id();
        String missing = "arn:aws:connect:us-east-1:" + account + ":traffic-distribution-group/" + UUID.randomUUID();

        assertFails(() -> east.claimPhoneNumber(b -> b.targetArn(missing).phoneNumber(availableNumber(instanceId))),
                ResourceNotFoundException.class, 404, "Traffic distribution group not found");
    }

    @Test
    void claimToATrafficDistributionGroupThatIsNotActiveYetIsNotFound() {
        String instanceId = activeInstance().id();
        east.replicateInstance(b -> b.instanceId(instanceId).replicaRegion(WEST).replicaAlias(newAlias()));
        String pendingTdg = defaultTdgArn(instanceId);

        assertFails(() -> east.claimPhoneNumber(b -> b.targetArn(pendingTdg).phoneNumber(availableNumber(instanceId))),
                ResourceNotFoundException.class, 404, "CREATION_IN_PROGRESS");

        assertThat(listAll(east)).isEmpty();
    }

    @Test
    void claimToAnotherAccountsTrafficDistributionGroupIsNotFound() {
        String othersTdg = anotherAccountsActiveTdg();
        String instanceId = activeInstance().id();

        assertFails(() -> east.claimPhoneNumber(b -> b.targetArn(othersTdg).phoneNumber(availableNumber(instanceId))),
                ResourceNotFoundException.class, 404, "not found");

        assertThat(listAll(east)).isEmpty();
    }

    @Test
    void claimOfANumberOutsideTheInventoryIsRefused() {
        String instanceId = activeInstance().id();

        assertFails(() -> east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber("+12025550999")),
                InvalidParameterException.class, 400, "+12025550999 is not available");

        assertThat(listAll(east)).isEmpty();
    }

    @Test
    void claimOfANumberAnotherAccountHoldsIsRefusedAndLeavesItWithThatAccount() {
        String otherAccount = randomAccountId();
        String number;
        try (ConnectClient other = client(EAST, otherAccount)) {
            String otherInstance = activeInstanceVia(other);
            number = availableNumber(activeInstance().id());
            other.claimPhoneNumber(b -> b.instanceId(otherInstance).phoneNumber(number));
        }
        String instanceId = activeInstance().id();

        assertFails(() -> east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)),
                InvalidParameterException.class, 400, number + " is not available");

        assertThat(listAll(east)).isEmpty();
        assertThat(availableNumber(instanceId)).isNotEqualTo(number);
    }

    @Test
    void claimOverTheQuotaStillAnswersAndThenFailsNamingTheLimit() {
        String instanceId = activeInstance().id();
        simulator.store().quotas().setFor(instanceArn(instanceId), 1);
        claimedToInstance(instanceId);

        ClaimPhoneNumberResponse overQuota = east.claimPhoneNumber(b -> b.instanceId(instanceId)
                .phoneNumber(availableNumber(instanceId)));

        ClaimedPhoneNumberSummary running = describe(overQuota.phoneNumberId());
        assertThat(running.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.IN_PROGRESS);
        assertThat(running.targetArn()).isEqualTo(instanceArn(instanceId));
        settle();
        ClaimedPhoneNumberSummary failed = describe(overQuota.phoneNumberId());
        assertThat(failed.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.FAILED);
        assertThat(failed.phoneNumberStatus().message())
                .contains("reached its limit of 1 claimed phone numbers", "quota: phone numbers per instance");
        assertThat(failed.targetArn()).isEqualTo(instanceArn(instanceId));
    }

    @Test
    void claimsPlusReleasesReachingTwiceTheQuotaWithin180DaysBlockFurtherClaims() {
        String instanceId = activeInstance().id();
        simulator.store().quotas().setFor(instanceArn(instanceId), 1);
        String first = claimedToInstance(instanceId).phoneNumberId();
        east.releasePhoneNumber(b -> b.phoneNumberId(first));
        settle();

        String blocked = claimedToInstance(instanceId).phoneNumberId();

        ClaimedPhoneNumberSummary failed = describe(blocked);
        assertThat(failed.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.FAILED);
        assertThat(failed.phoneNumberStatus().message()).contains("200% of its quota of 1");

        east.releasePhoneNumber(b -> b.phoneNumberId(blocked));
        simulator.advanceClock(Duration.ofDays(181));
        String later = claimedToInstance(instanceId).phoneNumberId();
        assertThat(describe(later).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void aClaimedNumberKeepsTheCountryAndTypeItWasOfferedUnder() {
        String instanceId = activeInstance().id();
        for (PhoneNumberCountryCode country : new PhoneNumberCountryCode[] {PhoneNumberCountryCode.CA,
                PhoneNumberCountryCode.US}) {
            for (PhoneNumberType type : new PhoneNumberType[] {PhoneNumberType.DID, PhoneNumberType.TOLL_FREE}) {
                if (country == PhoneNumberCountryCode.CA && type == PhoneNumberType.TOLL_FREE) {
                    continue;
                }
                String offered = east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                        .phoneNumberCountryCode(country).phoneNumberType(type).maxResults(1))
                        .availableNumbersList().get(0).phoneNumber();
                String id = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(offered)).phoneNumberId();

                ClaimedPhoneNumberSummary summary = describe(id);
                assertThat(summary.phoneNumberCountryCode()).as(offered).isEqualTo(country);
                assertThat(summary.phoneNumberType()).as(offered).isEqualTo(type);
            }
        }
    }
}
