package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An instance in its source region, its replica if any, and its flows (shared by both regions).
 *
 * @param arn    the instance's ARN in its source region (checked against id, region and account on load)
 * @param status an InstanceStatus: CREATION_IN_PROGRESS, ACTIVE, CREATION_FAILED
 */
@JsonPropertyOrder({"id", "arn", "alias", "sourceRegion", "status", "identityManagementType",
        "inboundCallsEnabled", "outboundCallsEnabled", "createdTime", "replica", "flows", "tags"})
public record InstanceDocument(String id, String arn, String alias, String sourceRegion, String status,
                               String identityManagementType, boolean inboundCallsEnabled,
                               boolean outboundCallsEnabled, Instant createdTime, ReplicaDocument replica,
                               List<FlowDocument> flows, Map<String, String> tags) {

    public InstanceDocument {
        flows = flows == null ? List.of() : flows;
        tags = tags == null ? Map.of() : tags;
    }
}
