package dev.connectconformance.readiness.inventory;

import java.util.List;

/** The traffic distribution group seen from both regions: its home (source) region and its replica region. */
public record GroupView(String arn, String name, String sourceRegion, String replicaRegion, GroupInRegion inSource,
                        GroupInRegion inReplica) {

    public List<GroupInRegion> regions() {
        return List.of(inSource, inReplica);
    }

    public List<String> regionNames() {
        return List.of(sourceRegion, replicaRegion);
    }
}
