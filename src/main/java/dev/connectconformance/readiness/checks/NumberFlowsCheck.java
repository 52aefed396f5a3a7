package dev.connectconformance.readiness.checks;

import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * RD-03: every number on the group has a flow in both regions. Only CLAIMED numbers are judged: a flow cannot be
 * associated with any other, and RD-02 already reports them.
 */
public final class NumberFlowsCheck implements ReadinessCheck {

    @Override
    public String rule() {
        return "RD-03";
    }

    @Override
    public List<Finding> check(Inventory inventory) {
        List<Finding> findings = new ArrayList<>();
        for (NumberOnGroup number : inventory.numbers()) {
            if (!number.isClaimed()) {
                continue;
            }
            number.flows().forEach((region, flow) -> {
                if (flow.isEmpty()) {
                    boolean replica = region.equals(inventory.replicaRegion());
                    findings.add(Finding.blocker(rule(), number.arn(), region, number.phoneNumber() + " has no flow "
                            + "in " + region + " and would take no calls there: associate a flow in " + region
                            + " (AssociatePhoneNumberContactFlow" + (replica ? ", naming the number by its full ARN)"
                            : ")")));
                }
            });
        }
        return findings;
    }
}
