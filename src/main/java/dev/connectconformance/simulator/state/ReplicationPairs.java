package dev.connectconformance.simulator.state;

import java.util.Map;
import java.util.Optional;

/** Which region an instance may be replicated to (Global Resiliency): a fixed set of pairs, one direction for Osaka. */
public final class ReplicationPairs {

    private static final Map<String, String> PARTNER = Map.of(
            "us-east-1", "us-west-2",
            "us-west-2", "us-east-1",
            "eu-central-1", "eu-west-2",
            "eu-west-2", "eu-central-1",
            "ap-northeast-1", "ap-northeast-3");

    private ReplicationPairs() {
    }

    public static Optional<String> partnerOf(String sourceRegion) {
        return Optional.ofNullable(PARTNER.get(sourceRegion));
    }

    public static boolean canReplicate(String sourceRegion, String replicaRegion) {
        return replicaRegion.equals(PARTNER.get(sourceRegion));
    }
}
