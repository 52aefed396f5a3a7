package dev.connectconformance.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.connect.model.ContactFlowSummary;
import software.amazon.awssdk.services.connect.model.ListFlowAssociationResourceType;

/**
 * An instance's flows and its numbers' flow associations, per region, each listed once (every page) when first
 * needed: ListContactFlows and ListFlowAssociations. Readiness resolves the plan's flows through it; the snapshot
 * copies both lists.
 */
public final class FlowDirectory {

    private final AccountReads reads;
    private final Map<String, Map<String, String>> associations = new HashMap<>();
    private final Map<String, List<ContactFlowSummary>> flows = new HashMap<>();

    public FlowDirectory(AccountReads reads) {
        this.reads = reads;
    }

    /**
     * The flow associated with a number in a region, as that region reports it. The region's flows are listed
     * first, so the flow's name is known for {@link #names()}.
     */
    public Optional<String> flowOf(String instanceId, String region, String numberArn) {
        listFlows(instanceId, region);
        return Optional.ofNullable(associations(instanceId, region).get(Arns.idOf(numberArn)));
    }

    /** The ARN of the instance's flow a plan names by id, ARN or name, as the region lists it. */
    public Optional<String> resolve(String instanceId, String region, String idArnOrName) {
        return flows(instanceId, region).stream().filter(f -> idArnOrName.equals(f.id())
                        || idArnOrName.equals(f.arn()) || idArnOrName.equals(f.name()))
                .map(ContactFlowSummary::arn).findFirst();
    }

    /** Flow ARN to name, for every flow listed so far. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        flows.values().forEach(list -> list.forEach(f -> names.put(f.arn(), f.name())));
        return names;
    }

    /** Makes sure the instance's flows in a region are listed, so their names are known. */
    public void listFlows(String instanceId, String region) {
        flows(instanceId, region);
    }

    /** Each number's flow in a region, keyed by the number's id, as ListFlowAssociations reports them. */
    public Map<String, String> associations(String instanceId, String region) {
        return associations.computeIfAbsent(instanceId + "|" + region, key ->
                reads.read("ListFlowAssociations", region, () -> {
                    Map<String, String> byNumberId = new HashMap<>();
                    reads.connect(region).listFlowAssociationsPaginator(b -> b.instanceId(instanceId)
                                    .resourceType(ListFlowAssociationResourceType.VOICE_PHONE_NUMBER))
                            .flowAssociationSummaryList()
                            // the resource id is the number's ARN (or its id): keyed by the id, both match
                            .forEach(a -> byNumberId.put(Arns.idOf(a.resourceId()), a.flowId()));
                    return byNumberId;
                }));
    }

    /** The instance's flows in a region, as ListContactFlows lists them. */
    public List<ContactFlowSummary> flows(String instanceId, String region) {
        return flows.computeIfAbsent(instanceId + "|" + region, key -> reads.read("ListContactFlows", region, () -> {
            List<ContactFlowSummary> all = new ArrayList<>();
            reads.connect(region).listContactFlowsPaginator(b -> b.instanceId(instanceId)).contactFlowSummaryList()
                    .forEach(all::add);
            return all;
        }));
    }
}
