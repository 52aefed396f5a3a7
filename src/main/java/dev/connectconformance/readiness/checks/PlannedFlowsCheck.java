package dev.connectconformance.readiness.checks;

import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.PlanNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * RD-07: every number the plan moves has its flow planned. UpdatePhoneNumber drops the number's flow association
 * (CF-05), so a plan that names no flow leaves the number on the group without one.
 */
public final class PlannedFlowsCheck implements ReadinessCheck {

    @Override
    public String rule() {
        return "RD-07";
    }

    @Override
    public List<Finding> check(Inventory inventory) {
        List<Finding> findings = new ArrayList<>();
        String source = inventory.sourceRegion();
        for (PlanNumber number : inventory.plan()) {
            if (!inventory.moves(number)) {
                continue; // RD-05 says why it cannot move or need not
            }
            String line = "plan line " + number.entry().line() + ": ";
            if (number.entry().flow().isPresent() && number.plannedFlowArn().isEmpty()) {
                findings.add(Finding.blocker(rule(), number.resource(), source, line + "flow '"
                        + number.entry().flow().get() + "' is not a flow of instance " + inventory.instance().id()
                        + " in " + source + ": name it by its id, ARN or name as ListContactFlows shows it"));
            } else if (number.entry().flow().isEmpty()) {
                findings.add(Finding.warning(rule(), number.resource(), source, line + unplanned(inventory, number)));
            }
        }
        return findings;
    }

    private static String unplanned(Inventory inventory, PlanNumber number) {
        String afterwards = "add ',FLOW' to the line so the flow is associated again after the move, in "
                + inventory.sourceRegion() + " and in " + inventory.replicaRegion() + " (there by the number's full ARN)";
        return number.currentFlowArn()
                .map(flow -> "moving " + number.phoneNumber() + " drops its flow " + inventory.describeFlow(flow)
                        + " (CF-05) and the plan names none: " + afterwards)
                .orElse(number.phoneNumber() + " has no flow now and the plan names none, so it would be on the "
                        + "group without one (RD-03): " + afterwards);
    }
}
