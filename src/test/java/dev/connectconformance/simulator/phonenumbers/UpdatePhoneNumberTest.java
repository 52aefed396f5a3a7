package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;
import software.amazon.awssdk.services.connect.model.ResourceInUseException;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberResponse;

/**
 * UpdatePhoneNumber. Rules covered: PN-01 (answers at once, IN_PROGRESS, then CLAIMED on the TDG), PN-02 (same
 * region as the claim), PN-03 / TDG-01 (missing, not ACTIVE, other account's TDG), PN-04 (region of the TDG),
 * PN-05 (a target is needed), PN-07 (no room: FAILED, back on the previous target; inferred), PN-13 (IN_PROGRESS
 * refuses), CF-05 (the flow association stays behind).
 */
class UpdatePhoneNumberTest extends PhoneNumberTestBase {

    @Test
    void updateToAnActiveGroupAnswersAtOnceAndSettlesClaimedOnTheGroup() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        String numberId = claimedToInstance(instanceId).phoneNumberId();

        UpdatePhoneNumberResponse updated = east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(tdgArn));

        assertThat(updated.phoneNumberId()).isEqualTo(numberId);
        assertThat(updated.phoneNumberArn()).endsWith(":phone-number/" + numberId);
        ClaimedPhoneNumberSummary moving = describe(numberId);
        assertThat(moving.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.IN_PROGRESS);
        assertThat(moving.targetArn()).isEqualTo(tdgArn);
        settle();
        ClaimedPhoneNumberSummary moved = describe(numberId);
        assertThat(moved.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
        assertThat(moved.targetArn()).isEqualTo(tdgArn);
        assertThat(moved.instanceId()).isEqualTo(instanceId);
        assertThat(east.listPhoneNumbersV2(b -> b.targetArn(tdgArn)).listPhoneNumbersSummaryList())
                .extracting(ListPhoneNumbersSummary::phoneNumberId).containsExactly(numberId);
    }

    @Test
    void updateToAnotherInstanceByInstanceIdMovesTheNumber() {
        String from = activeInstance().id();
        String to = activeInstance().id();
        String numberId = claimedToInstance(from).phoneNumberId();

        east.updatePhoneNumber(b -> b.phoneNumberId(numberId).instanceId(to));
        settle();

        assertThat(describe(numberId).targetArn()).isEqualTo(instanceArn(to));
        assertThat(east.listPhoneNumbers(b -> b.instanceId(from)).phoneNumberSummaryList()).isEmpty();
    }

    @Test
    void updateWhileTheClaimIsStillInProgressIsRefusedAsInUse() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        String numberId = east.claimPhoneNumber(b -> b.instanceId(instanceId)
                .phoneNumber(availableNumber(instanceId))).phoneNumberId();

        assertFails(() -> east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(tdgArn)),
                ResourceInUseException.class, 409, "IN_PROGRESS");

        settle();
        assertThat(describe(numberId).targetArn()).isEqualTo(instanceArn(instanceId));
    }

    @Test
    void updateCalledOutsideTheGroupsHomeRegionNamesBothRegionsAndChangesNothing() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        String numberArn = claimedToInstance(instanceId).phoneNumberArn();

        assertFails(() -> west.updatePhoneNumber(b -> b.phoneNumberId(numberArn).targetArn(tdgArn)),
                InvalidParameterException.class, 400, "created in region us-east-1 but the request was sent to "
                        + "region us-west-2");

        ClaimedPhoneNumberSummary unchanged = describe(numberArn);
        assertThat(unchanged.targetArn()).isEqualTo(instanceArn(instanceId));
        assertThat(unchanged.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void updateToAGroupThatDoesNotExistIsNotFound() {
        String instanceId = activeInstance().id();
        String numberId = claimedToInstance(instanceId).phoneNumberId();
        String missing = "arn:aws:connect:us-east-1:" + account + ":traffic-distribution-group/" + UUID.randomUUID();

        assertFails(() -> east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(missing)),
                ResourceNotFoundException.class, 404, "Traffic distribution group not found");

        assertThat(describe(numberId).targetArn()).isEqualTo(instanceArn(instanceId));
    }

    @Test
    void updateToAGroupThatIsNotActiveIsNotFound() {
        String instanceId = activeInstance().id();
        String numberId = claimedToInstance(instanceId).phoneNumberId();
        east.replicateInstance(b -> b.instanceId(instanceId).replicaRegion(WEST).replicaAlias(newAlias()));
        String pendingTdg = defaultTdgArn(instanceId);

        assertFails(() -> east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(pendingTdg)),
                ResourceNotFoundException.class, 404, "is CREATION_IN_PROGRESS");

        assertThat(describe(numberId).targetArn()).isEqualTo(instanceArn(instanceId));
        assertThat(describe(numberId).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void updateToAnotherAccountsGroupIsNotFound() {
        String othersTdg = anotherAccountsActiveTdg();
        String instanceId = activeInstance().id();
        String numberId = claimedToInstance(instanceId).phoneNumberId();

        assertFails(() -> east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(othersTdg)),
                ResourceNotFoundException.class, 404, "not found");

        assertThat(describe(numberId).targetArn()).isEqualTo(instanceArn(instanceId));
    }

    @Test
    void updateWithoutATargetIsRefused() {
        String instanceId = activeInstance().id();
        String numberId = claimedToInstance(instanceId).phoneNumberId();

        assertFails(() -> east.updatePhoneNumber(b -> b.phoneNumberId(numberId)),
                InvalidParameterException.class, 400, "Either InstanceId or TargetArn");

        assertThat(describe(numberId).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
    }

    @Test
    void updateOfAnUnknownNumberIsNotFound() {
        String instanceId = activeInstance().id();

        assertFails(() -> east.updatePhoneNumber(b -> b.phoneNumberId(UUID.randomUUID().toString())
                .instanceId(instanceId)), ResourceNotFoundException.class, 404, "Phone number not found");
    }

    @Test
    void updateToATargetInAnotherRegionThanTheClaimIsRefused() {
        // us-east-1 holds the replica of the west instance and two instances of its own.
        simulator.adminClient().setInstancesPerRegion(account, 3);
        String westInstance = activeInstanceVia(west);
        west.replicateInstance(b -> b.instanceId(westInstance).replicaRegion(EAST).replicaAlias(newAlias()));
        settle();
        String westTdg = defaultTdgArn(westInstance);
        String numberArn = west.claimPhoneNumber(b -> b.targetArn(westTdg)
                .phoneNumber(availableNumber(activeInstance().id()))).phoneNumberArn();
        settle();
        String eastInstance = activeInstance().id();

        assertFails(() -> east.updatePhoneNumber(b -> b.phoneNumberId(numberArn).instanceId(eastInstance)),
                InvalidParameterException.class, 400, "was claimed in region us-west-2");

        assertThat(describe(east, numberArn).targetArn()).isEqualTo(westTdg);
    }

    @Test
    void updateToAFullGroupFailsAndLeavesTheNumberOnItsPreviousTarget() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        simulator.store().quotas().setFor(tdgArn, 1);
        String onGroup = claimedToTarget(instanceId, tdgArn).phoneNumberId();
        String numberId = claimedToInstance(instanceId).phoneNumberId();

        east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(tdgArn));

        assertThat(describe(numberId).targetArn()).isEqualTo(tdgArn);
        assertThat(describe(numberId).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.IN_PROGRESS);
        settle();
        ClaimedPhoneNumberSummary failed = describe(numberId);
        assertThat(failed.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.FAILED);
        assertThat(failed.phoneNumberStatus().message()).contains("reached its limit of 1 claimed phone numbers");
        assertThat(failed.targetArn()).isEqualTo(instanceArn(instanceId));
        assertThat(east.listPhoneNumbersV2(b -> b.targetArn(tdgArn)).listPhoneNumbersSummaryList())
                .extracting(ListPhoneNumbersSummary::phoneNumberId).containsExactly(onGroup);
    }

    @Test
    void aNumberWhoseUpdateFailedCanBeUpdatedAgainOnceThereIsRoom() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        simulator.store().quotas().setFor(tdgArn, 1);
        claimedToTarget(instanceId, tdgArn);
        String numberId = claimedToInstance(instanceId).phoneNumberId();
        east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(tdgArn));
        settle();

        simulator.store().quotas().setFor(tdgArn, 2);
        east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(tdgArn));
        settle();

        ClaimedPhoneNumberSummary moved = describe(numberId);
        assertThat(moved.phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.CLAIMED);
        assertThat(moved.targetArn()).isEqualTo(tdgArn);
    }

    @Test
    void aNumberWhoseClaimFailedCannotBeUpdatedOnlyReleased() {
        String instanceId = activeInstance().id();
        String otherInstance = activeInstance().id();
        simulator.store().quotas().setFor(instanceArn(instanceId), 0);
        String numberId = claimedToInstance(instanceId).phoneNumberId();

        assertFails(() -> east.updatePhoneNumber(b -> b.phoneNumberId(numberId).instanceId(otherInstance)),
                InvalidParameterException.class, 400, "release it");

        assertThat(describe(numberId).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.FAILED);
        assertThat(describe(numberId).targetArn()).isEqualTo(instanceArn(instanceId));
    }

    @Test
    void updateMovesOnlyTheNumberNotItsFlowAssociation() {
        String instanceId = replicatedInstance().id();
        String tdgArn = defaultTdgArn(instanceId);
        String numberId = claimedToInstance(instanceId).phoneNumberId();
        String flowId = east.listContactFlows(b -> b.instanceId(instanceId)).contactFlowSummaryList().get(0).id();
        east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(numberId).instanceId(instanceId)
                .contactFlowId(flowId));
        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList()).hasSize(1);

        east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(tdgArn));
        settle();

        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList()).isEmpty();
    }
}
