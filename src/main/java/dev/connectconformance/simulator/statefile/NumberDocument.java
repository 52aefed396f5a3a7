package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * A claimed phone number.
 *
 * @param arn            the number's ARN (region where it was claimed, account, id); checked on load
 * @param targetArn      the instance or group it shows (during a move: the new one)
 * @param quotaTargetArn the instance or group whose quota it counts against; null for a claim that failed
 * @param status         CLAIMED, IN_PROGRESS or FAILED
 * @param message        why it is FAILED, or null
 * @param statusBefore   while IN_PROGRESS for a metadata update or release: the status it settles back to
 * @param flowId         the flow associated with the number (a flow of its target's instance), or null
 */
@JsonPropertyOrder({"id", "arn", "phoneNumber", "countryCode", "type", "claimedRegion", "description",
        "targetArn", "quotaTargetArn", "status", "message", "statusBefore", "messageBefore", "flowId", "tags"})
public record NumberDocument(String id, String arn, String phoneNumber, String countryCode, String type,
                             String claimedRegion, String description, String targetArn, String quotaTargetArn,
                             String status, String message, String statusBefore, String messageBefore,
                             String flowId, Map<String, String> tags) {

    public NumberDocument {
        tags = tags == null ? Map.of() : tags;
    }
}
