package dev.connectconformance.readiness.checks;

import dev.connectconformance.readiness.inventory.GroupInRegion;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.TrafficSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RD-04: the telephony split, as the group's home region reports it, names both regions and adds up to 100. A
 * 100/0 split is valid but sends the replica region no calls, which a team should know before it migrates.
 */
public final class TelephonySplitCheck implements ReadinessCheck {

    private static final String HOW = "set it with UpdateTrafficDistribution: both regions, in steps of 10, adding "
            + "up to 100";

    @Override
    public String rule() {
        return "RD-04";
    }

    @Override
    public List<Finding> check(Inventory inventory) {
        GroupInRegion home = inventory.group().inSource();
        String arn = inventory.group().arn();
        if (!home.isActive()) {
            return List.of(); // RD-01 reports the group; its split cannot be read until it is ACTIVE
        }
        if (home.split().isEmpty()) {
            return List.of(Finding.blocker(rule(), arn, home.region(), "the telephony split could not be read ("
                    + home.note().orElse("no answer") + "): " + HOW));
        }
        TrafficSplit split = home.split().get();
        Map<String, Integer> telephony = split.telephony();
        List<Finding> findings = new ArrayList<>();
        for (String region : inventory.group().regionNames()) {
            if (!telephony.containsKey(region)) {
                findings.add(Finding.blocker(rule(), arn, region, "the telephony split gives " + region
                        + " no share: " + HOW));
            }
        }
        if (split.telephonyTotal() != 100) {
            findings.add(Finding.blocker(rule(), arn, null, "the telephony shares add up to " + split.telephonyTotal()
                    + ", not 100: " + HOW));
        }
        if (findings.isEmpty()) {
            inventory.group().regionNames().stream().filter(region -> telephony.get(region) == 0).forEach(idle ->
                    findings.add(Finding.warning(rule(), arn, idle, "the telephony split is 100/0: " + idle
                            + " takes no calls until the split changes. Fine before the migration; plan the "
                            + "UpdateTrafficDistribution that sends it its share")));
        }
        return findings;
    }
}
