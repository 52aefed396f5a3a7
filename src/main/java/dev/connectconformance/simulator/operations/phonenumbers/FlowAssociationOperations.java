package dev.connectconformance.simulator.operations.phonenumbers;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.Pages;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.FlowRecord;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.AssociatePhoneNumberContactFlowRequest;
import software.amazon.awssdk.services.connect.model.BatchGetFlowAssociationRequest;
import software.amazon.awssdk.services.connect.model.BatchGetFlowAssociationResponse;
import software.amazon.awssdk.services.connect.model.DisassociatePhoneNumberContactFlowRequest;
import software.amazon.awssdk.services.connect.model.FlowAssociationSummary;
import software.amazon.awssdk.services.connect.model.ListFlowAssociationsRequest;
import software.amazon.awssdk.services.connect.model.ListFlowAssociationsResponse;

/**
 * Flows on phone numbers (CF-01..05). A number holds at most one flow, by id; because replicated instances share
 * their flows, the association is mirrored and each region shows it with the flow ARN of the region called.
 */
public final class FlowAssociationOperations implements OperationGroup {

    private static final String VOICE = "VOICE_PHONE_NUMBER";

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register("AssociatePhoneNumberContactFlow", AssociatePhoneNumberContactFlowRequest::builder,
                        this::associatePhoneNumberContactFlow)
                .register("DisassociatePhoneNumberContactFlow", DisassociatePhoneNumberContactFlowRequest::builder,
                        this::disassociatePhoneNumberContactFlow)
                .register("ListFlowAssociations", ListFlowAssociationsRequest::builder, this::listFlowAssociations)
                .register("BatchGetFlowAssociation", BatchGetFlowAssociationRequest::builder,
                        this::batchGetFlowAssociation);
    }

    /** CF-02, CF-03 through the number look-up; PN-06: only a CLAIMED number of this instance takes a flow. */
    SdkPojo associatePhoneNumberContactFlow(OperationContext context, AssociatePhoneNumberContactFlowRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        PhoneNumberRecord number = numberOf(context, instance, request.phoneNumberId());
        if (!number.isClaimed()) {
            throw ConnectError.invalidParameter("Phone number " + number.id() + " is " + number.status()
                    + "; a flow can only be associated with a CLAIMED number");
        }
        FlowRecord flow = Resources.flow(context, instance, "ContactFlowId", request.contactFlowId());
        number.flowId(flow.id());
        return null;
    }

    SdkPojo disassociatePhoneNumberContactFlow(OperationContext context,
                                               DisassociatePhoneNumberContactFlowRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        PhoneNumberRecord number = numberOf(context, instance, request.phoneNumberId());
        if (number.flowId() == null) {
            throw ConnectError.resourceNotFound("Phone number " + number.id() + " has no flow associated");
        }
        number.flowId(null);
        return null;
    }

    /** CF-04: every number of the instance with a flow that can be seen from the region called. */
    SdkPojo listFlowAssociations(OperationContext context, ListFlowAssociationsRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        List<FlowAssociationSummary> associations = new ArrayList<>();
        if (request.resourceType() == null || VOICE.equals(request.resourceTypeAsString())) {
            for (PhoneNumberRecord number : context.account().phoneNumbers().values()) {
                if (number.flowId() != null && Resources.isVisible(context, number)
                        && PhoneNumberTargets.belongsTo(context.account(), number, instance)) {
                    associations.add(summary(context, instance, number));
                }
            }
        }
        Pages.Page<FlowAssociationSummary> page = Pages.of(Pages.scope(context, request), associations,
                request.nextToken(), request.maxResults(), 100);
        return ListFlowAssociationsResponse.builder().flowAssociationSummaryList(page.items())
                .nextToken(page.nextToken()).build();
    }

    /** The associations of the numbers named; numbers unknown here, or without a flow, are left out. */
    SdkPojo batchGetFlowAssociation(OperationContext context, BatchGetFlowAssociationRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        Map<String, FlowAssociationSummary> found = new LinkedHashMap<>();
        if (request.resourceType() == null || VOICE.equals(request.resourceTypeAsString())) {
            for (String resourceId : request.resourceIds()) {
                PhoneNumberRecord number = findQuietly(context, resourceId);
                if (number != null && number.flowId() != null
                        && PhoneNumberTargets.belongsTo(context.account(), number, instance)) {
                    found.putIfAbsent(number.id(), summary(context, instance, number));
                }
            }
        }
        return BatchGetFlowAssociationResponse.builder().flowAssociationSummaryList(List.copyOf(found.values()))
                .build();
    }

    /** A number of this instance (claimed to it or to one of its traffic distribution groups). */
    private static PhoneNumberRecord numberOf(OperationContext context, InstanceRecord instance, String idOrArn) {
        PhoneNumberRecord number = Resources.phoneNumber(context, idOrArn);
        if (!PhoneNumberTargets.belongsTo(context.account(), number, instance)) {
            throw ConnectError.invalidParameter("Phone number " + number.id() + " is not claimed to instance "
                    + instance.id() + " or one of its traffic distribution groups");
        }
        return number;
    }

    private static PhoneNumberRecord findQuietly(OperationContext context, String idOrArn) {
        try {
            return Resources.phoneNumber(context, idOrArn);
        } catch (ConnectError e) {
            if (e.code().equals("ResourceNotFoundException")) {
                return null;
            }
            throw e;
        }
    }

    private static FlowAssociationSummary summary(OperationContext context, InstanceRecord instance,
                                                  PhoneNumberRecord number) {
        return FlowAssociationSummary.builder().resourceId(number.arn(context.accountId()))
                .flowId(Arn.flow(context.region(), context.accountId(), instance.id(), number.flowId()))
                .resourceType(VOICE).build();
    }
}
