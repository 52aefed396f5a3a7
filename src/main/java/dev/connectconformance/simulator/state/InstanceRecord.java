package dev.connectconformance.simulator.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.connect.model.InstanceStatus;

/**
 * An instance in its source region, and its replica (same id, another region) once ReplicateInstance ran.
 * Flows are held once and mirrored: ListContactFlows shows them with ARNs of the region called.
 */
public final class InstanceRecord {

    private final String id;
    private final String alias;
    private final String sourceRegion;
    private final String identityManagementType;
    private final boolean inboundCallsEnabled;
    private final boolean outboundCallsEnabled;
    private final Instant createdTime;
    private InstanceStatus status = InstanceStatus.CREATION_IN_PROGRESS;
    private ReplicaRecord replica;
    private final Map<String, FlowRecord> flows = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final InstancePeople people = new InstancePeople();

    public InstanceRecord(String id, String alias, String sourceRegion, String identityManagementType,
                          boolean inboundCallsEnabled, boolean outboundCallsEnabled, Instant createdTime) {
        this.id = id;
        this.alias = alias;
        this.sourceRegion = sourceRegion;
        this.identityManagementType = identityManagementType;
        this.inboundCallsEnabled = inboundCallsEnabled;
        this.outboundCallsEnabled = outboundCallsEnabled;
        this.createdTime = createdTime;
    }

    public String id() {
        return id;
    }

    public String alias() {
        return alias;
    }

    public String sourceRegion() {
        return sourceRegion;
    }

    public String identityManagementType() {
        return identityManagementType;
    }

    public boolean inboundCallsEnabled() {
        return inboundCallsEnabled;
    }

    public boolean outboundCallsEnabled() {
        return outboundCallsEnabled;
    }

    public Instant createdTime() {
        return createdTime;
    }

    /** The status as the API shows it. */
    public InstanceStatus status() {
        return status;
    }

    /** Sets the status a state file recorded. */
    public void restoreStatus(InstanceStatus status) {
        this.status = status;
    }

    /** Creation settled. */
    public void markActive() {
        status = InstanceStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == InstanceStatus.ACTIVE;
    }

    public Optional<ReplicaRecord> replica() {
        return Optional.ofNullable(replica);
    }

    public void replica(ReplicaRecord replica) {
        this.replica = replica;
    }

    /** True when replication to the partner region has completed. */
    public boolean isReplicated() {
        return replica != null && replica.isComplete();
    }

    /** The source region, and the replica region once replication started. */
    public boolean isVisibleIn(String region) {
        return sourceRegion.equals(region) || (replica != null && replica.region().equals(region));
    }

    public boolean isReplicaRegion(String region) {
        return replica != null && replica.region().equals(region);
    }

    public String arnIn(String region, String accountId) {
        return Arn.instance(region, accountId, id);
    }

    public Map<String, FlowRecord> flows() {
        return flows;
    }

    public Map<String, String> tags() {
        return tags;
    }

    /** Users, security profiles and routing profiles (TDG-09). */
    public InstancePeople people() {
        return people;
    }
}
