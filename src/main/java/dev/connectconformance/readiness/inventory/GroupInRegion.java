package dev.connectconformance.readiness.inventory;

import java.util.Optional;

/**
 * The traffic distribution group as one region's endpoint shows it (by ARN).
 *
 * @param status      its status there; empty when that region does not find it
 * @param instanceArn the instance it links, as that region reports it
 * @param split       its distribution, when that region could read it
 * @param note        why the group or its split could not be read there, if so
 */
public record GroupInRegion(String region, Optional<String> status, boolean isDefault, String instanceArn,
                            Optional<TrafficSplit> split, Optional<String> note) {

    public static GroupInRegion notFound(String region, String why) {
        return new GroupInRegion(region, Optional.empty(), false, null, Optional.empty(), Optional.of(why));
    }

    public boolean found() {
        return status.isPresent();
    }

    public boolean isActive() {
        return status.filter("ACTIVE"::equals).isPresent();
    }
}
