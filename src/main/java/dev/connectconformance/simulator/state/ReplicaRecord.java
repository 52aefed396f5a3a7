package dev.connectconformance.simulator.state;

import java.time.Instant;
import software.amazon.awssdk.services.connect.model.InstanceReplicationStatus;
import software.amazon.awssdk.services.connect.model.InstanceStatus;

/** The replica of an instance in the partner region: its own alias and status, the instance's id. */
public final class ReplicaRecord {

    private final String region;
    private final String alias;
    private final Instant createdTime;
    private InstanceStatus instanceStatus = InstanceStatus.CREATION_IN_PROGRESS;
    private InstanceReplicationStatus replicationStatus = InstanceReplicationStatus.INSTANCE_REPLICATION_IN_PROGRESS;

    public ReplicaRecord(String region, String alias, Instant createdTime) {
        this.region = region;
        this.alias = alias;
        this.createdTime = createdTime;
    }

    public String region() {
        return region;
    }

    public String alias() {
        return alias;
    }

    public Instant createdTime() {
        return createdTime;
    }

    /** The replica's instance status as the API shows it. */
    public InstanceStatus instanceStatus() {
        return instanceStatus;
    }

    /** The replication status as the API shows it. */
    public InstanceReplicationStatus replicationStatus() {
        return replicationStatus;
    }

    public boolean isComplete() {
        return replicationStatus == InstanceReplicationStatus.INSTANCE_REPLICATION_COMPLETE;
    }

    /** Sets the statuses a state file recorded. */
    public void restoreStatus(InstanceStatus instanceStatus, InstanceReplicationStatus replicationStatus) {
        this.instanceStatus = instanceStatus;
        this.replicationStatus = replicationStatus;
    }

    /** Replication settled: the replica is ACTIVE. */
    public void markComplete() {
        instanceStatus = InstanceStatus.ACTIVE;
        replicationStatus = InstanceReplicationStatus.INSTANCE_REPLICATION_COMPLETE;
    }
}
