package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.FlowAssociationSummary;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.ListFlowAssociationResourceType;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * AssociatePhoneNumberContactFlow, DisassociatePhoneNumberContactFlow, ListFlowAssociations and
 * BatchGetFlowAssociation. Rules covered: CF-01 (associate in both regions), CF-02 (id or ARN in the home
 * region), CF-03 (ARN only in the replica region, for associate and disassociate), CF-04 (mirrored, flow ARN of
 * the region called), CF-05 (see UpdatePhoneNumberTest), PN-06 (only a CLAIMED number takes a flow).
 */
class FlowAssociationTest extends PhoneNumberTestBase {

    private String instanceId;
    private ClaimPhoneNumberResponse onGroup;

    private void numberOnTheDefaultGroup() {
        instanceId = replicatedInstance().id();
        onGroup = claimedToTarget(instanceId, defaultTdgArn(instanceId));
    }

    private String flowId(ConnectClient client) {
        return client.listContactFlows(b -> b.instanceId(instanceId)).contactFlowSummaryList().get(0).id();
    }

    private String flowArn(String region, String flowId) {
        return "arn:aws:connect:" + region + ":" + account + ":instance/" + instanceId + "/contact-flow/" + flowId;
    }

    @Test
    void associatingByIdInTheHomeRegionShowsTheFlowInBothRegions() {
        numberOnTheDefaultGroup();
        String flowId = flowId(east);

        east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId()).instanceId(instanceId)
                .contactFlowId(flowId));

        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList())
                .containsExactly(association(EAST, flowId));
        assertThat(west.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList())
                .containsExactly(association(WEST, flowId));
        assertThat(west.batchGetFlowAssociation(b -> b.instanceId(instanceId)
                        .resourceIds(onGroup.phoneNumberArn()).resourceType(ListFlowAssociationResourceType.VOICE_PHONE_NUMBER))
                .flowAssociationSummaryList()).containsExactly(association(WEST, flowId));
        assertThat(east.batchGetFlowAssociation(b -> b.instanceId(instanceId).resourceIds(onGroup.phoneNumberArn()))
                .flowAssociationSummaryList()).containsExactly(association(EAST, flowId));
    }

    @Test
    void associatingByArnInTheHomeRegionWorks() {
        numberOnTheDefaultGroup();
        String flowId = flowId(east);

        east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberArn()).instanceId(instanceId)
                .contactFlowId(flowArn(EAST, flowId)));

        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList())
                .containsExactly(association(EAST, flowId));
    }

    @Test
    void inTheReplicaRegionAssociatingNeedsTheFullArnAndSucceedsWithIt() {
        numberOnTheDefaultGroup();
        String flowId = flowId(west);

        assertFails(() -> west.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId())
                        .instanceId(instanceId).contactFlowId(flowId)), ResourceNotFoundException.class, 404,
                "use its full ARN");
        assertThat(west.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList()).isEmpty();

        east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId()).instanceId(instanceId)
                .contactFlowId(flowId));
        west.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberArn()).instanceId(instanceId)
                .contactFlowId(flowId));

        assertThat(west.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList())
                .containsExactly(association(WEST, flowId));
        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList())
                .containsExactly(association(EAST, flowId));
    }

    @Test
    void inTheReplicaRegionDisassociatingNeedsTheFullArnAndRemovesTheFlowEverywhere() {
        numberOnTheDefaultGroup();
        String flowId = flowId(east);
        east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId()).instanceId(instanceId)
                .contactFlowId(flowId));

        assertFails(() -> west.disassociatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId())
                .instanceId(instanceId)), ResourceNotFoundException.class, 404, "use its full ARN");
        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList()).hasSize(1);

        west.disassociatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberArn()).instanceId(instanceId));

        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList()).isEmpty();
        assertThat(west.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList()).isEmpty();
    }

    @Test
    void disassociatingANumberWithoutAFlowIsNotFound() {
        numberOnTheDefaultGroup();

        assertFails(() -> east.disassociatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId())
                .instanceId(instanceId)), ResourceNotFoundException.class, 404, "has no flow associated");
    }

    @Test
    void aNumberThatIsNotClaimedYetCannotTakeAFlow() {
        instanceId = activeInstance().id();
        String numberId = east.claimPhoneNumber(b -> b.instanceId(instanceId)
                .phoneNumber(availableNumber(instanceId))).phoneNumberId();
        String flowId = flowId(east);

        assertFails(() -> east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(numberId).instanceId(instanceId)
                .contactFlowId(flowId)), InvalidParameterException.class, 400, "is IN_PROGRESS");

        settle();
        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList()).isEmpty();
    }

    @Test
    void aNumberOfAnotherInstanceCannotTakeThisInstancesFlow() {
        instanceId = activeInstance().id();
        String otherInstance = activeInstance().id();
        String numberId = claimedToInstance(otherInstance).phoneNumberId();
        String flowId = flowId(east);

        assertFails(() -> east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(numberId).instanceId(instanceId)
                .contactFlowId(flowId)), InvalidParameterException.class, 400, "is not claimed to instance");

        assertThat(east.listFlowAssociations(b -> b.instanceId(otherInstance)).flowAssociationSummaryList()).isEmpty();
    }

    @Test
    void associatingAnUnknownFlowIsNotFoundAndChangesNothing() {
        numberOnTheDefaultGroup();

        assertFails(() -> east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId())
                        .instanceId(instanceId).contactFlowId(UUID.randomUUID().toString())),
                ResourceNotFoundException.class, 404, "Contact flow not found");

        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList()).isEmpty();
    }

    @Test
    void associatingAgainReplacesTheFlowBecauseANumberHasOnlyOne() {
        numberOnTheDefaultGroup();
        var flows = east.listContactFlows(b -> b.instanceId(instanceId)).contactFlowSummaryList();
        String first = flows.get(0).id();
        String second = flows.get(1).id();

        east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId()).instanceId(instanceId)
                .contactFlowId(first));
        east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId()).instanceId(instanceId)
                .contactFlowId(second));

        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)).flowAssociationSummaryList())
                .containsExactly(association(EAST, second));
    }

    @Test
    void listingAnotherResourceTypeAndBatchGettingUnknownNumbersFindNothing() {
        numberOnTheDefaultGroup();
        String flowId = flowId(east);
        east.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onGroup.phoneNumberId()).instanceId(instanceId)
                .contactFlowId(flowId));

        assertThat(east.listFlowAssociations(b -> b.instanceId(instanceId)
                .resourceType(ListFlowAssociationResourceType.INBOUND_EMAIL)).flowAssociationSummaryList()).isEmpty();
        assertThat(east.batchGetFlowAssociation(b -> b.instanceId(instanceId).resourceIds(
                        "arn:aws:connect:us-east-1:" + account + ":phone-number/" + UUID.randomUUID()))
                .flowAssociationSummaryList()).isEmpty();
    }

    private FlowAssociationSummary association(String region, String flowId) {
        return FlowAssociationSummary.builder().resourceId(onGroup.phoneNumberArn()).flowId(flowArn(region, flowId))
                .resourceType(ListFlowAssociationResourceType.VOICE_PHONE_NUMBER).build();
    }
}
