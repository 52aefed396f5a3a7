package dev.connectconformance.suite.support;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ContactFlowSummary;
import software.amazon.awssdk.services.connect.model.FlowAssociationSummary;
import software.amazon.awssdk.services.connect.model.ListFlowAssociationResourceType;

/** Flow look-ups shared by the flow, workflow and readiness steps. */
public final class Flows {

    private final ScenarioContext context;

    public Flows(ScenarioContext context) {
        this.context = context;
    }

    /** An inbound flow of the instance as listed in a region (the first of type CONTACT_FLOW). */
    public ContactFlowSummary inboundFlow(String region, String instanceId) {
        List<ContactFlowSummary> flows = new ArrayList<>();
        context.in(region).listContactFlowsPaginator(b -> b.instanceId(instanceId)).contactFlowSummaryList()
                .forEach(flows::add);
        return flows.stream().filter(f -> "CONTACT_FLOW".equals(f.contactFlowTypeAsString())).findFirst()
                .orElseThrow(() -> new AssertionError("no inbound flow listed for the instance in " + region));
    }

    /** The flow associated with a number in a region, as ListFlowAssociations shows it, if any. */
    public java.util.Optional<FlowAssociationSummary> flowOf(ConnectClient client, String instanceId, NumberRef number) {
        List<FlowAssociationSummary> all = new ArrayList<>();
        client.listFlowAssociationsPaginator(b -> b.instanceId(instanceId)
                        .resourceType(ListFlowAssociationResourceType.VOICE_PHONE_NUMBER))
                .flowAssociationSummaryList().forEach(all::add);
        return all.stream().filter(a -> names(a.resourceId(), number)).findFirst();
    }

    /** Whether a resource id from an association names the number (by id, or by an ARN ending in its id). */
    public static boolean names(String resourceId, NumberRef number) {
        return resourceId != null && (resourceId.equals(number.id()) || resourceId.endsWith("/" + number.id()));
    }
}
