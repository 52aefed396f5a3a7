package dev.connectconformance.simulator.state;

import java.time.Instant;

/** The replica of an instance in the partner region: its own alias and status, the instance's id. */
public final class ReplicaRecord {

    public static final String IN_PROGRESS = "INSTANCE_REPLICATION_IN_PROGRESS";
    public static final String COMPLETE = "INSTANCE_REPLICATION_COMPLETE";

    private final String region;
    private final String alias;
    private final Instant createdTime;
    private String instanceStatus = "CREATION_IN_PROGRESS";
    private String replicationStatus = IN_PROGRESS;

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

    public String instanceStatus() {
        return instanceStatus;
    }

    public String replicationStatus() {
        return replicationStatus;
    }

    public boolean isComplete() {
        return COMPLETE.equals(replicationStatus);
    }

    public void complete() {
        instanceStatus = "ACTIVE";
        replicationStatus = COMPLETE;
    }
}
