package dev.connectconformance.readiness.checks;

import dev.connectconformance.readiness.inventory.GroupInRegion;
import dev.connectconformance.readiness.inventory.Inventory;
import java.util.ArrayList;
import java.util.List;

/** RD-01: the group exists and is ACTIVE, seen from both regions (by ARN from the replica region). */
public final class GroupActiveCheck implements ReadinessCheck {

    @Override
    public String rule() {
        return "RD-01";
    }

    @Override
    public List<Finding> check(Inventory inventory) {
        List<Finding> findings = new ArrayList<>();
        String arn = inventory.group().arn();
        for (GroupInRegion seen : inventory.group().regions()) {
            if (!seen.found()) {
                findings.add(Finding.blocker(rule(), arn, seen.region(), seen.region() + " does not find the group "
                        + "by its ARN (" + seen.note().orElse("not found") + "): check that the instance is replicated "
                        + "to " + seen.region() + " and that this is the group's other region (--replica-region)"));
            } else if (!seen.isActive()) {
                findings.add(Finding.blocker(rule(), arn, seen.region(), "the group is " + seen.status().get()
                        + " in " + seen.region() + ": numbers can only be moved onto an ACTIVE group; wait until "
                        + "DescribeTrafficDistributionGroup shows ACTIVE, or create the group again if it FAILED"));
            }
        }
        return findings;
    }
}
