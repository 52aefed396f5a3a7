package dev.connectconformance.simulator.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user (agent) of an instance. A replicated instance shares its users with the replica under the same id; the
 * ARN carries the region called, and {@code lastModifiedRegion} says where the user was created.
 */
public final class UserRecord {

    private final String id;
    private final String username;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final String phoneType;
    private final String deskPhoneNumber;
    private final List<String> securityProfileIds;
    private final String routingProfileId;
    private final String lastModifiedRegion;
    private final Instant lastModifiedTime;
    private final Map<String, String> tags = new LinkedHashMap<>();

    public UserRecord(String id, String username, String firstName, String lastName, String email, String phoneType,
                      String deskPhoneNumber, List<String> securityProfileIds, String routingProfileId,
                      String lastModifiedRegion, Instant lastModifiedTime) {
        this.id = id;
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.phoneType = phoneType;
        this.deskPhoneNumber = deskPhoneNumber;
        this.securityProfileIds = List.copyOf(securityProfileIds);
        this.routingProfileId = routingProfileId;
        this.lastModifiedRegion = lastModifiedRegion;
        this.lastModifiedTime = lastModifiedTime;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    /** SOFT_PHONE or DESK_PHONE. */
    public String phoneType() {
        return phoneType;
    }

    public String deskPhoneNumber() {
        return deskPhoneNumber;
    }

    public List<String> securityProfileIds() {
        return securityProfileIds;
    }

    public String routingProfileId() {
        return routingProfileId;
    }

    public String lastModifiedRegion() {
        return lastModifiedRegion;
    }

    public Instant lastModifiedTime() {
        return lastModifiedTime;
    }

    public Map<String, String> tags() {
        return tags;
    }
}
