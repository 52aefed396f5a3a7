package dev.connectconformance.simulator.operations.flows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.Pages;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.operations.tags.TagViews;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.FlowRecord;
import dev.connectconformance.simulator.state.Ids;
import dev.connectconformance.simulator.state.InstanceRecord;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.ContactFlow;
import software.amazon.awssdk.services.connect.model.ContactFlowState;
import software.amazon.awssdk.services.connect.model.ContactFlowStatus;
import software.amazon.awssdk.services.connect.model.ContactFlowSummary;
import software.amazon.awssdk.services.connect.model.CreateContactFlowRequest;
import software.amazon.awssdk.services.connect.model.CreateContactFlowResponse;
import software.amazon.awssdk.services.connect.model.DescribeContactFlowRequest;
import software.amazon.awssdk.services.connect.model.DescribeContactFlowResponse;
import software.amazon.awssdk.services.connect.model.ListContactFlowsRequest;
import software.amazon.awssdk.services.connect.model.ListContactFlowsResponse;

/**
 * Contact flows. A replicated instance shares its flows between both regions (RI-02): the same flow id,
 * with an ARN that carries the region called.
 */
public final class FlowOperations implements OperationGroup {

    private static final String SAVED_ALIAS = ":$SAVED";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register("CreateContactFlow", CreateContactFlowRequest::builder, this::createContactFlow)
                .register("DescribeContactFlow", DescribeContactFlowRequest::builder, this::describeContactFlow)
                .register("ListContactFlows", ListContactFlowsRequest::builder, this::listContactFlows);
    }

    SdkPojo createContactFlow(OperationContext context, CreateContactFlowRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        try {
            if (!JSON.readTree(request.content()).isObject()) {
                throw invalidContent("the content must be a JSON object in the flow language");
            }
        } catch (JsonProcessingException e) {
            throw invalidContent("the content is not valid JSON");
        }
        boolean duplicate = instance.flows().values().stream().anyMatch(f -> f.name().equals(request.name()));
        if (duplicate) {
            throw ConnectError.duplicateResource("A contact flow named '" + request.name() + "' already exists");
        }
        ContactFlowStatus status = request.status() == null ? ContactFlowStatus.PUBLISHED : request.status();
        FlowRecord flow = new FlowRecord(Ids.newId(), request.name(), request.typeAsString(), request.description(),
                request.content(), status);
        if (request.hasTags()) {
            flow.tags().putAll(request.tags());
        }
        instance.flows().put(flow.id(), flow);
        return CreateContactFlowResponse.builder().contactFlowId(flow.id())
                .contactFlowArn(arn(context, instance, flow)).build();
    }

    private static ConnectError invalidContent(String problem) {
        return new ConnectError("InvalidContactFlowException", "The flow is not valid: " + problem);
    }

    /**
     * The id or ARN may carry the {@code :$SAVED} alias (the saved, perhaps unpublished content). The simulator
     * keeps one content per flow, so the alias describes that content.
     */
    SdkPojo describeContactFlow(OperationContext context, DescribeContactFlowRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        String idOrArn = request.contactFlowId();
        if (idOrArn != null && idOrArn.endsWith(SAVED_ALIAS)) {
            idOrArn = idOrArn.substring(0, idOrArn.length() - SAVED_ALIAS.length());
        }
        FlowRecord flow = Resources.flow(context, instance, "ContactFlowId", idOrArn);
        return DescribeContactFlowResponse.builder().contactFlow(ContactFlow.builder()
                .id(flow.id()).arn(arn(context, instance, flow)).name(flow.name()).type(flow.type())
                .state(ContactFlowState.ACTIVE).status(flow.status()).description(flow.description())
                .content(flow.content()).tags(TagViews.shown(flow.tags())).build()).build();
    }

    SdkPojo listContactFlows(OperationContext context, ListContactFlowsRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        List<String> types = request.hasContactFlowTypes() ? request.contactFlowTypesAsStrings() : List.of();
        List<FlowRecord> flows = instance.flows().values().stream()
                .filter(f -> types.isEmpty() || types.contains(f.type())).toList();
        Pages.Page<FlowRecord> page = Pages.of(Pages.scope(context, request), flows, request.nextToken(),
                request.maxResults(), 100);
        return ListContactFlowsResponse.builder().nextToken(page.nextToken())
                .contactFlowSummaryList(page.items().stream().map(f -> ContactFlowSummary.builder()
                        .id(f.id()).arn(arn(context, instance, f)).name(f.name()).contactFlowType(f.type())
                        .contactFlowState(ContactFlowState.ACTIVE).contactFlowStatus(f.status()).build()).toList())
                .build();
    }

    private static String arn(OperationContext context, InstanceRecord instance, FlowRecord flow) {
        return Arn.flow(context.region(), context.accountId(), instance.id(), flow.id());
    }
}
