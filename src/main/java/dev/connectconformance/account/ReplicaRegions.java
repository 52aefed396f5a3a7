package dev.connectconformance.account;

import java.util.Optional;
import software.amazon.awssdk.services.connect.model.ReplicationConfiguration;
import software.amazon.awssdk.services.connect.model.ReplicationStatusSummary;

/**
 * The replica's entry of a ReplicationConfiguration. The API reference says a summary's region "can be either the
 * source or the replica Region", so the first entry is not necessarily the replica's.
 */
public final class ReplicaRegions {

    private ReplicaRegions() {
    }

    public static Optional<ReplicationStatusSummary> replicaOf(ReplicationConfiguration replication) {
        return replication.replicationStatusSummaryList().stream()
                .filter(summary -> !summary.region().equals(replication.sourceRegion())).findFirst();
    }
}
