package dev.connectconformance.simulator.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupStatus;

/**
 * A traffic distribution group: created in its home region (the instance's source region) and linked to the
 * replica region. Distributions are kept per region in the order they were given.
 */
public final class TrafficDistributionGroupRecord {

    /** The statuses in which a group may be deleted (TDG-06). */
    public static final Set<TrafficDistributionGroupStatus> DELETABLE = Set.of(TrafficDistributionGroupStatus.ACTIVE,
            TrafficDistributionGroupStatus.CREATION_FAILED, TrafficDistributionGroupStatus.DELETION_FAILED);

    private final String id;
    private final String name;
    private final String description;
    private final String instanceId;
    private final String homeRegion;
    private final String linkedRegion;
    private final boolean isDefault;
    private final Instant createdTime;
    private TrafficDistributionGroupStatus status = TrafficDistributionGroupStatus.CREATION_IN_PROGRESS;
    private final Map<String, Integer> telephonyDistribution = new LinkedHashMap<>();
    private final Map<String, Boolean> signInDistribution = new LinkedHashMap<>();
    private final Map<String, Integer> agentDistribution = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final Set<String> userIds = new LinkedHashSet<>();

    public TrafficDistributionGroupRecord(String id, String name, String description, String instanceId,
                                          String homeRegion, String linkedRegion, boolean isDefault,
                                          Instant createdTime) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.instanceId = instanceId;
        this.homeRegion = homeRegion;
        this.linkedRegion = linkedRegion;
        this.isDefault = isDefault;
        this.createdTime = createdTime;
        // A new group sends all telephony traffic to its home region until told otherwise.
        telephonyDistribution.put(homeRegion, 100);
        telephonyDistribution.put(linkedRegion, 0);
        signInDistribution.put(homeRegion, true);
        signInDistribution.put(linkedRegion, true);
        agentDistribution.put(homeRegion, 100);
        agentDistribution.put(linkedRegion, 0);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String instanceId() {
        return instanceId;
    }

    public String homeRegion() {
        return homeRegion;
    }

    public String linkedRegion() {
        return linkedRegion;
    }

    public List<String> regions() {
        return List.of(homeRegion, linkedRegion);
    }

    public boolean isDefault() {
        return isDefault;
    }

    public Instant createdTime() {
        return createdTime;
    }

    /** The status as the API shows it. */
    public TrafficDistributionGroupStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == TrafficDistributionGroupStatus.ACTIVE;
    }

    public boolean isUpdating() {
        return status == TrafficDistributionGroupStatus.UPDATE_IN_PROGRESS;
    }

    public boolean isDeletable() {
        return DELETABLE.contains(status);
    }

    /** Sets the status a state file recorded. */
    public void restoreStatus(TrafficDistributionGroupStatus status) {
        this.status = status;
    }

    /** Creation settled. */
    public void markActive() {
        status = TrafficDistributionGroupStatus.ACTIVE;
    }

    /** Creation settled without success. */
    public void markCreationFailed() {
        status = TrafficDistributionGroupStatus.CREATION_FAILED;
    }

    /** A new distribution was accepted; {@link #finishUpdate()} settles it. */
    public void startUpdate() {
        status = TrafficDistributionGroupStatus.UPDATE_IN_PROGRESS;
    }

    /** The update settled: ACTIVE again, unless something else has happened to the group meanwhile. */
    public void finishUpdate() {
        if (isUpdating()) {
            status = TrafficDistributionGroupStatus.ACTIVE;
        }
    }

    /** Deletion accepted: PENDING_DELETION until the group is gone or the deletion failed. */
    public void startDeletion() {
        status = TrafficDistributionGroupStatus.PENDING_DELETION;
    }

    public void markDeletionFailed() {
        status = TrafficDistributionGroupStatus.DELETION_FAILED;
    }

    public String arn(String accountId) {
        return Arn.trafficDistributionGroup(homeRegion, accountId, id);
    }

    public Map<String, Integer> telephonyDistribution() {
        return telephonyDistribution;
    }

    public Map<String, Boolean> signInDistribution() {
        return signInDistribution;
    }

    public Map<String, Integer> agentDistribution() {
        return agentDistribution;
    }

    public Map<String, String> tags() {
        return tags;
    }

    /** Ids of the instance's users associated with the group (TDG-09), in association order. */
    public Set<String> userIds() {
        return userIds;
    }
}
