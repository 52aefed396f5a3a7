package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An instance in its source region, its replica if any, and its flows (shared by both regions).
 *
 * @param arn    the instance's ARN in its source region (checked against id, region and account on load)
 * @param status           an InstanceStatus: CREATION_IN_PROGRESS, ACTIVE, CREATION_FAILED
 * @param securityProfiles the instance's security profiles; absent (null) in files written before users were
 *                         simulated, and then the defaults of a new instance are created on load
 * @param routingProfiles  the instance's routing profiles; absent like {@code securityProfiles}
 * @param users            the instance's users (TDG-09)
 */
@JsonPropertyOrder({"id", "arn", "alias", "sourceRegion", "status", "identityManagementType",
        "inboundCallsEnabled", "outboundCallsEnabled", "createdTime", "replica", "flows", "tags",
        "securityProfiles", "routingProfiles", "users"})
public record InstanceDocument(String id, String arn, String alias, String sourceRegion, String status,
                               String identityManagementType, boolean inboundCallsEnabled,
                               boolean outboundCallsEnabled, Instant createdTime, ReplicaDocument replica,
                               List<FlowDocument> flows, Map<String, String> tags,
                               List<ProfileDocument> securityProfiles, List<ProfileDocument> routingProfiles,
                               List<UserDocument> users) {

    public InstanceDocument {
        flows = flows == null ? List.of() : flows;
        tags = tags == null ? Map.of() : tags;
        users = users == null ? List.of() : users;
    }

    /** An instance whose profiles and users were not read (a snapshot): the defaults are created on load. */
    public InstanceDocument(String id, String arn, String alias, String sourceRegion, String status,
                            String identityManagementType, boolean inboundCallsEnabled, boolean outboundCallsEnabled,
                            Instant createdTime, ReplicaDocument replica, List<FlowDocument> flows,
                            Map<String, String> tags) {
        this(id, arn, alias, sourceRegion, status, identityManagementType, inboundCallsEnabled, outboundCallsEnabled,
                createdTime, replica, flows, tags, null, null, null);
    }
}
