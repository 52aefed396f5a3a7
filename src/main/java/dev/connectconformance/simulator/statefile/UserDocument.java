package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A user (agent) of an instance, shared with the replica under the same id.
 *
 * @param phoneType          SOFT_PHONE or DESK_PHONE
 * @param securityProfileIds ids of the instance's security profiles (at least one)
 * @param routingProfileId   id of one of the instance's routing profiles
 * @param lastModifiedRegion the region the user was created in
 */
@JsonPropertyOrder({"id", "username", "firstName", "lastName", "email", "phoneType", "deskPhoneNumber",
        "securityProfileIds", "routingProfileId", "lastModifiedRegion", "lastModifiedTime", "tags"})
public record UserDocument(String id, String username, String firstName, String lastName, String email,
                           String phoneType, String deskPhoneNumber, List<String> securityProfileIds,
                           String routingProfileId, String lastModifiedRegion, Instant lastModifiedTime,
                           Map<String, String> tags) {

    public UserDocument {
        securityProfileIds = securityProfileIds == null ? List.of() : securityProfileIds;
        tags = tags == null ? Map.of() : tags;
    }
}
