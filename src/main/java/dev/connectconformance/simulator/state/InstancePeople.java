package dev.connectconformance.simulator.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The users of an instance and the profiles they need (security profiles, routing profiles), by id in creation
 * order. Held once per instance: a replica shows the same users and profiles.
 */
public final class InstancePeople {

    private final Map<String, ProfileRecord> securityProfiles = new LinkedHashMap<>();
    private final Map<String, ProfileRecord> routingProfiles = new LinkedHashMap<>();
    private final Map<String, UserRecord> users = new LinkedHashMap<>();

    public Map<String, ProfileRecord> securityProfiles() {
        return securityProfiles;
    }

    public Map<String, ProfileRecord> routingProfiles() {
        return routingProfiles;
    }

    public Map<String, UserRecord> users() {
        return users;
    }

    public Optional<UserRecord> userNamed(String username) {
        return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
