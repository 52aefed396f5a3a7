package dev.connectconformance.simulator.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A traffic distribution group: created in its home region (the instance's source region) and linked to the
 * replica region. Distributions are kept per region in the order they were given.
 */
public final class TrafficDistributionGroupRecord {

    private final String id;
    private final String name;
    private final String description;
    private final String instanceId;
    private final String homeRegion;
    private final String linkedRegion;
    private final boolean isDefault;
    private final Instant createdTime;
    private String status = "CREATION_IN_PROGRESS";
    private final Map<String, Integer> telephonyDistribution = new LinkedHashMap<>();
    private final Map<String, Boolean> signInDistribution = new LinkedHashMap<>();
    private final Map<String, Integer> agentDistribution = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();

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

    public String status() {
        return status;
    }

    public void status(String status) {
        this.status = status;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
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
}
