package dev.connectconformance.readiness.discovery;

import dev.connectconformance.account.GroupArn;
import dev.connectconformance.plan.Plan;
import java.util.Optional;

/**
 * What to check: the group (its ARN names the source region and the account), optionally the instance the
 * migration names, the plan, a quota to use instead of Service Quotas', and the replica region when it should not
 * come from the instance's replication.
 */
public record ReadinessRequest(String groupArn, Optional<String> instanceId, Plan plan, Optional<Integer> quota,
                               Optional<String> replicaRegion) {

    /** A group ARN that is none is refused before anything is called. */
    public ReadinessRequest {
        GroupArn.parse(groupArn);
    }

    public static ReadinessRequest of(String groupArn) {
        return new ReadinessRequest(groupArn, Optional.empty(), Plan.none(), Optional.empty(), Optional.empty());
    }

    public ReadinessRequest withInstance(String id) {
        return new ReadinessRequest(groupArn, Optional.of(id), plan, quota, replicaRegion);
    }

    public ReadinessRequest withPlan(Plan value) {
        return new ReadinessRequest(groupArn, instanceId, value, quota, replicaRegion);
    }
}
