package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * The replica of an instance (same id) in the partner region.
 *
 * @param status            the replica's InstanceStatus
 * @param replicationStatus an InstanceReplicationStatus, e.g. INSTANCE_REPLICATION_COMPLETE
 */
@JsonPropertyOrder({"region", "arn", "alias", "status", "replicationStatus", "createdTime"})
public record ReplicaDocument(String region, String arn, String alias, String status, String replicationStatus,
                              Instant createdTime) {
}
