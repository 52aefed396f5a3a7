package dev.connectconformance.readiness.inventory;

import java.util.Optional;

/**
 * An instance as DescribeInstance shows it in its source region.
 *
 * @param replicaRegion     the region it is replicated to, if it is
 * @param replicationStatus the replica's status there (INSTANCE_REPLICATION_COMPLETE when done)
 */
public record InstanceView(String id, String arn, String alias, Optional<String> replicaRegion,
                           Optional<String> replicationStatus) {

    public static final String REPLICATION_COMPLETE = "INSTANCE_REPLICATION_COMPLETE";

    public boolean isReplicatedTo(String region) {
        return replicaRegion.filter(region::equals).isPresent()
                && replicationStatus.filter(REPLICATION_COMPLETE::equals).isPresent();
    }
}
