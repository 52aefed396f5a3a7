package dev.connectconformance.simulator.state;

import java.util.List;

/** The security profiles and routing profile a new Amazon Connect instance comes with, so CreateUser can work. */
public final class DefaultProfiles {

    static final List<String> SECURITY_PROFILES = List.of("Admin", "Agent", "CallCenterManager", "QualityAnalyst");
    static final String ROUTING_PROFILE = "Basic Routing Profile";

    private DefaultProfiles() {
    }

    public static void addTo(InstancePeople people) {
        SECURITY_PROFILES.forEach(name -> {
            ProfileRecord profile = new ProfileRecord(Ids.newId(), name);
            people.securityProfiles().put(profile.id(), profile);
        });
        ProfileRecord routing = new ProfileRecord(Ids.newId(), ROUTING_PROFILE);
        people.routingProfiles().put(routing.id(), routing);
    }
}
