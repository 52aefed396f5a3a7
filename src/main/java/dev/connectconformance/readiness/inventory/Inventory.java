package dev.connectconformance.readiness.inventory;

import dev.connectconformance.account.QuotaValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything readiness found, with no judgement: the group from both regions, the instance the migration names
 * and the one the group links, the numbers on the group, the plan's numbers and the quota. The checks read only
 * this, so they can be tested on inventories built by hand.
 *
 * @param instance      the instance the migration names (--instance), or the group's instance when none is named
 * @param groupInstance the instance the group links
 * @param planSource    the plan file, when there is one
 * @param flowNames     flow ARN to name, for the reader
 */
public record Inventory(GroupView group, InstanceView instance, InstanceView groupInstance,
                        List<NumberOnGroup> numbers, List<PlanNumber> plan, Optional<String> planSource,
                        QuotaValue quota, Map<String, String> flowNames) {

    public Inventory {
        numbers = List.copyOf(numbers);
        plan = List.copyOf(plan);
        flowNames = Collections.unmodifiableMap(new LinkedHashMap<>(flowNames));
    }

    public String sourceRegion() {
        return group.sourceRegion();
    }

    public String replicaRegion() {
        return group.replicaRegion();
    }

    /** A flow for the reader: its name and ARN, or the ARN alone when its name is unknown. */
    public String describeFlow(String flowArn) {
        String name = flowNames.get(flowArn);
        return name == null ? flowArn : "'" + name + "' (" + flowArn + ")";
    }

    /** Whether the plan really moves a number: found, claimed in the group's home region, not on the group yet. */
    public boolean moves(PlanNumber number) {
        return number.found() && number.claimedRegion().equals(sourceRegion())
                && !number.targetArn().equals(group.arn());
    }

    /** Numbers that hold a place under the group's quota now. */
    public long numbersCountingAgainstQuota() {
        return numbers.stream().filter(NumberOnGroup::countsAgainstQuota).count();
    }
}
