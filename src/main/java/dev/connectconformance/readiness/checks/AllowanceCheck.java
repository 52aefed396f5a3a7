package dev.connectconformance.readiness.checks;

import dev.connectconformance.readiness.inventory.Inventory;
import java.util.List;

/**
 * PN-10: claims plus releases within 180 days are capped at 200 % of the quota. How much of that a group used
 * cannot be derived read-only (the Connect API lists no released numbers), so readiness says so rather than guess.
 */
public final class AllowanceCheck implements ReadinessCheck {

    @Override
    public String rule() {
        return "PN-10";
    }

    @Override
    public List<Finding> check(Inventory inventory) {
        int cap = 2 * inventory.quota().value();
        return List.of(Finding.info(rule(), inventory.group().arn(), inventory.sourceRegion(), "claims plus releases "
                + "in the last 180 days: unknown (the Connect API lists no released numbers); the allowance is 200 % "
                + "of the quota, " + cap + ": count recent releases before you plan to claim replacements"));
    }
}
