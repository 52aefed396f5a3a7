package dev.connectconformance.readiness.checks;

import dev.connectconformance.account.QuotaSource;
import dev.connectconformance.account.QuotaValue;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.PlanNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RD-05: the numbers the plan moves are CLAIMED, were claimed in the group's home region on the instance the
 * migration names, and fit under the group's quota with the numbers already on it.
 */
public final class PlanFitsCheck implements ReadinessCheck {

    static final String QUOTA_NAME = "'Phone numbers per instance' (L-8F812903)";

    @Override
    public String rule() {
        return "RD-05";
    }

    @Override
    public List<Finding> check(Inventory inventory) {
        List<Finding> findings = new ArrayList<>();
        String groupArn = inventory.group().arn();
        String source = inventory.sourceRegion();
        for (PlanNumber number : inventory.plan()) {
            planned(inventory, number).ifPresent(findings::add);
        }
        long onGroup = inventory.numbersCountingAgainstQuota();
        long moving = inventory.plan().stream().filter(inventory::moves).count();
        QuotaValue quota = inventory.quota();
        long after = onGroup + moving;
        if (after > quota.value()) {
            findings.add(Finding.blocker(rule(), groupArn, source, "the plan does not fit: the group holds " + onGroup
                    + " numbers and the plan moves " + moving + " more, " + (after - quota.value()) + " over its quota"
                    + " of " + quota.value() + " (" + quota.source().label() + "); raise " + QUOTA_NAME
                    + " for the group to at least " + after + ", or move fewer numbers"));
        } else if (after == quota.value()) {
            findings.add(Finding.warning(rule(), groupArn, source, "no headroom left after the plan: the group will "
                    + "hold " + after + " of its quota of " + quota.value() + "; any further claim or move onto it "
                    + "will end FAILED until " + QUOTA_NAME + " is raised"));
        }
        quotaSourceWarning(quota).ifPresent(why -> findings.add(Finding.warning(rule(), groupArn, source, why)));
        findings.add(Finding.info(rule(), groupArn, source, summary(inventory, moving, after)));
        return findings;
    }

    private Optional<Finding> planned(Inventory inventory, PlanNumber number) {
        String source = inventory.sourceRegion();
        String line = "plan line " + number.entry().line() + ": ";
        if (!number.found()) {
            return Optional.of(Finding.blocker(rule(), number.resource(), null, line + number.entry().number()
                    + " was not found (" + number.note().orElse("") + "); check the number, or remove the line"));
        }
        if (number.targetArn().equals(inventory.group().arn())) {
            return Optional.of(Finding.info(rule(), number.resource(), source, line + number.phoneNumber()
                    + " is already on the group; nothing to move"));
        }
        if (!number.claimedRegion().equals(source)) {
            return Optional.of(Finding.blocker(rule(), number.resource(), number.claimedRegion(), line
                    + number.phoneNumber() + " was claimed in " + number.claimedRegion() + ", not in " + source
                    + " where the group lives: a number moves only to a target of the region it was claimed in; "
                    + "plan a number claimed in " + source));
        }
        if (!number.isClaimed()) {
            return Optional.of(Finding.blocker(rule(), number.resource(), source, line
                    + number.phoneNumber() + " is " + number.status() + number.message().map(m -> " (" + m + ")")
                    .orElse("") + ": only a CLAIMED number can be moved; wait for it or fix it first"));
        }
        if (!inventory.instance().arn().equals(number.targetInstanceArn())) {
            return Optional.of(Finding.blocker(rule(), number.resource(), source, line
                    + number.phoneNumber() + " is on " + number.targetArn() + ", which belongs to instance "
                    + number.targetInstanceArn() + ", not to " + inventory.instance().arn()
                    + " that the migration names: plan the numbers of that instance"));
        }
        return Optional.empty();
    }

    private static Optional<String> quotaSourceWarning(QuotaValue quota) {
        if (quota.source() == QuotaSource.AWS_DEFAULT) {
            return Optional.of("the quota is AWS's default of " + quota.value() + " (" + quota.detail()
                    + "): if the group has an increase, pass it with --quota, or check " + QUOTA_NAME
                    + " in the Service Quotas console");
        }
        if (quota.source() == QuotaSource.ASSUMED) {
            return Optional.of("the quota could not be read (" + quota.detail() + "), so " + quota.value()
                    + " is assumed, the documented default: pass --quota N, or allow servicequotas:ListServiceQuotas "
                    + "and servicequotas:GetAWSDefaultServiceQuota");
        }
        return Optional.empty();
    }

    private static String summary(Inventory inventory, long moving, long after) {
        QuotaValue quota = inventory.quota();
        String plan = inventory.planSource().map(file -> "the plan (" + file + ") lists " + inventory.plan().size()
                + " number" + (inventory.plan().size() == 1 ? "" : "s") + " and moves " + moving)
                .orElse("no plan named (--plan): nothing to move");
        return plan + "; afterwards the group holds " + after + " of its quota of " + quota.value() + " ("
                + quota.source().label() + ")";
    }
}
