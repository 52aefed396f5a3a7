package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One account: its instances (with replicas and flows), traffic distribution groups and phone numbers, the claims
 * and releases still counting against the churn cap, and the asynchronous work not yet settled.
 *
 * @param churn       per target ARN, the times of claims and releases within the rolling churn window
 * @param pendingWork asynchronous work in the order it will settle (see {@link PendingWorkDocument})
 */
@JsonPropertyOrder({"instances", "trafficDistributionGroups", "phoneNumbers", "churn", "pendingWork"})
public record AccountDocument(List<InstanceDocument> instances, List<GroupDocument> trafficDistributionGroups,
                              List<NumberDocument> phoneNumbers, Map<String, List<Instant>> churn,
                              List<PendingWorkDocument> pendingWork) {

    public AccountDocument {
        instances = instances == null ? List.of() : instances;
        trafficDistributionGroups = trafficDistributionGroups == null ? List.of() : trafficDistributionGroups;
        phoneNumbers = phoneNumbers == null ? List.of() : phoneNumbers;
        churn = churn == null ? Map.of() : churn;
        pendingWork = pendingWork == null ? List.of() : pendingWork;
    }
}
