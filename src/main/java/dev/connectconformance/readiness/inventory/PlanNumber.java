package dev.connectconformance.readiness.inventory;

import dev.connectconformance.plan.PlanEntry;
import java.util.Optional;

/**
 * A number of the plan as the account shows it now.
 *
 * @param found             whether the number was found at all (by ARN in the region it names, or in E.164 in
 *                          either region); when not, {@code note} says where it was looked for
 * @param claimedRegion     the region it was claimed in (the region of its ARN)
 * @param targetArn         the instance or group it is on now
 * @param targetInstanceArn the instance behind that target (the group's instance for a group)
 * @param currentFlowArn    the flow associated with it now, which the move drops (CF-05)
 * @param plannedFlowArn    the flow the plan names for after the move, once found on the instance
 */
public record PlanNumber(PlanEntry entry, boolean found, String arn, String phoneNumber, String status,
                         Optional<String> message, String claimedRegion, String targetArn, String targetInstanceArn,
                         Optional<String> currentFlowArn, Optional<String> plannedFlowArn, Optional<String> note) {

    public static PlanNumber notFound(PlanEntry entry, String where) {
        return new PlanNumber(entry, false, null, entry.namesArn() ? null : entry.number(), null, Optional.empty(),
                null, null, null, Optional.empty(), Optional.empty(), Optional.of(where));
    }

    /** How the plan names it: its ARN when known, else what the plan wrote. */
    public String resource() {
        return arn != null ? arn : entry.number();
    }

    public boolean isClaimed() {
        return "CLAIMED".equals(status);
    }
}
