package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A traffic distribution group: home region (the instance's source region), linked region, status and split.
 *
 * @param status                a TrafficDistributionGroupStatus
 * @param telephonyDistribution percentage of telephony traffic by region
 * @param signInDistribution    whether agents may sign in, by region
 * @param agentDistribution     percentage of agents by region
 * @param userIds               ids of the instance's users associated with the group (TDG-09)
 */
@JsonPropertyOrder({"id", "arn", "name", "description", "instanceId", "homeRegion", "linkedRegion", "isDefault",
        "status", "createdTime", "telephonyDistribution", "signInDistribution", "agentDistribution", "tags",
        "userIds"})
public record GroupDocument(String id, String arn, String name, String description, String instanceId,
                            String homeRegion, String linkedRegion, @JsonProperty("isDefault") boolean isDefault,
                            String status, Instant createdTime, Map<String, Integer> telephonyDistribution,
                            Map<String, Boolean> signInDistribution, Map<String, Integer> agentDistribution,
                            Map<String, String> tags, List<String> userIds) {

    /** A group whose users were not read (a snapshot). */
    public GroupDocument(String id, String arn, String name, String description, String instanceId,
                         String homeRegion, String linkedRegion, boolean isDefault, String status, Instant createdTime,
                         Map<String, Integer> telephonyDistribution, Map<String, Boolean> signInDistribution,
                         Map<String, Integer> agentDistribution, Map<String, String> tags) {
        this(id, arn, name, description, instanceId, homeRegion, linkedRegion, isDefault, status, createdTime,
                telephonyDistribution, signInDistribution, agentDistribution, tags, null);
    }

    public GroupDocument {
        userIds = userIds == null ? List.of() : userIds;
        telephonyDistribution = telephonyDistribution == null ? Map.of() : telephonyDistribution;
        signInDistribution = signInDistribution == null ? Map.of() : signInDistribution;
        agentDistribution = agentDistribution == null ? Map.of() : agentDistribution;
        tags = tags == null ? Map.of() : tags;
    }
}
