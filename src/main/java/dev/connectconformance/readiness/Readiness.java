package dev.connectconformance.readiness;

import dev.connectconformance.account.AccountClients;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.ReadinessCheck;
import dev.connectconformance.readiness.checks.ReadinessChecks;
import dev.connectconformance.readiness.discovery.Discovery;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import dev.connectconformance.readiness.inventory.Inventory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Migration readiness: discover the account read-only, then run every check on what was found. The command and
 * the RD features' steps both come through here, so the spec and the tool cannot drift apart.
 */
public final class Readiness {

    private Readiness() {
    }

    public static ReadinessReport check(AccountClients clients, ReadinessRequest request) {
        return judge(new Discovery(clients).discover(request), Clock.systemUTC());
    }

    /** The checks on an inventory: the verdict is ready when none of them found a blocker. */
    public static ReadinessReport judge(Inventory inventory, Clock clock) {
        List<String> checks = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (ReadinessCheck check : ReadinessChecks.all()) {
            checks.add(check.rule());
            findings.addAll(check.check(inventory));
        }
        return new ReadinessReport(clock.instant(), inventory, checks, findings, Verdict.of(findings));
    }
}
