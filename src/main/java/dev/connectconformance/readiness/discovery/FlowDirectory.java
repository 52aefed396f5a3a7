package dev.connectconformance.readiness.discovery;

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
 * needed: ListContactFlows and ListFlowAssociations.
 */
final class FlowDirectory {

    private final AccountReads reads;
    private final Map<String, Map<String, String>> associations = new HashMap<>();
    private final Map<String, List<ContactFlowSummary>> flows = new HashMap<>();

    FlowDirectory(AccountReads reads) {
        this.reads = reads;
    }

    /** The flow associated with a number in a region, as that region reports it. */
    Optional<String> flowOf(String instanceId, String region, String numberArn) {
        return Optional.ofNullable(associations(instanceId, region).get(Arns.idOf(numberArn)));
    }

    /** The ARN of the instance's flow a plan names by id, ARN or name, as the region lists it. */
    Optional<String> resolve(String instanceId, String region, String idArnOrName) {
        return flows(instanceId, region).stream().filter(f -> idArnOrName.equals(f.id())
                        || idArnOrName.equals(f.arn()) || idArnOrName.equals(f.name()))
                .map(ContactFlowSummary::arn).findFirst();
    }

    /** Flow ARN to name, for every flow listed so far. */
    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        flows.values().forEach(list -> list.forEach(f -> names.put(f.arn(), f.name())));
        return names;
    }

    /** Makes sure the instance's flows in a region are listed, so their names are known. */
    void listFlows(String instanceId, String region) {
        flows(instanceId, region);
    }

    private Map<String, String> associations(String instanceId, String region) {
        listFlows(instanceId, region);
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

    private List<ContactFlowSummary> flows(String instanceId, String region) {
        return flows.computeIfAbsent(instanceId + "|" + region, key -> reads.read("ListContactFlows", region, () -> {
            List<ContactFlowSummary> all = new ArrayList<>();
            reads.connect(region).listContactFlowsPaginator(b -> b.instanceId(instanceId)).contactFlowSummaryList()
                    .forEach(all::add);
            return all;
        }));
    }
}
