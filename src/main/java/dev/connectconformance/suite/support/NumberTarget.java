package dev.connectconformance.suite.support;

import java.util.Optional;

/**
 * Where a step claims, moves or lists numbers, as the scenario named it: the replicated instance, a second
 * instance, one of its traffic distribution groups, or a group that does not exist.
 *
 * @param description the words of the scenario ("the traffic distribution group \"sales\"")
 * @param arn the TargetArn sent to the service
 * @param group the group, when the target is one the scenario named
 * @param replicatedInstance whether this is the scenario's replicated instance (on a real account read-only
 *                           scenarios discover its numbers instead of claiming any)
 */
public record NumberTarget(String description, String arn, Optional<GroupRef> group, boolean replicatedInstance) {

    @Override
    public String toString() {
        return description;
    }
}
