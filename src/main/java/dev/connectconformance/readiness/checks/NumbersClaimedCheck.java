package dev.connectconformance.readiness.checks;

import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** RD-02: every number on the group is CLAIMED and can be looked up by ARN in both regions. */
public final class NumbersClaimedCheck implements ReadinessCheck {

    @Override
    public String rule() {
        return "RD-02";
    }

    @Override
    public List<Finding> check(Inventory inventory) {
        List<Finding> findings = new ArrayList<>();
        for (NumberOnGroup number : inventory.numbers()) {
            if (!number.isClaimed()) {
                findings.add(Finding.blocker(rule(), number.arn(), inventory.sourceRegion(), notClaimed(number)));
            }
            number.visibleByArn().forEach((region, visible) -> {
                if (!visible) {
                    findings.add(Finding.blocker(rule(), number.arn(), region, "DescribePhoneNumber by its ARN in "
                            + region + " does not find " + number.phoneNumber() + ": the replica region must see "
                            + "every number on the group; check the group's regions and the number's status"));
                }
            });
        }
        findings.add(Finding.info(rule(), inventory.group().arn(), inventory.sourceRegion(), totals(inventory)));
        return findings;
    }

    private static String notClaimed(NumberOnGroup number) {
        String why = number.message().map(m -> " (" + m + ")").orElse("");
        String what = switch (number.status()) {
            case "IN_PROGRESS" -> "its last claim or move is still running; check again when DescribePhoneNumber "
                    + "shows CLAIMED";
            // A failed claim is kept for a day only (PN-15); a failed move leaves the number on its old target.
            case "FAILED" -> "its last claim or move failed; fix the cause, then release it or move it again (a "
                    + "failed claim: claim it again within a day of the failure, after that the number is gone)";
            default -> "only a CLAIMED number takes calls and can be moved";
        };
        return number.phoneNumber() + " is " + number.status() + why + ": " + what;
    }

    private static String totals(Inventory inventory) {
        if (inventory.numbers().isEmpty()) {
            return "no numbers on the group yet";
        }
        Map<String, Long> byStatus = new TreeMap<>();
        inventory.numbers().forEach(n -> byStatus.merge(n.status(), 1L, Long::sum));
        List<String> counts = byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList();
        return inventory.numbers().size() + " number" + (inventory.numbers().size() == 1 ? "" : "s")
                + " on the group: " + String.join(", ", counts);
    }
}
