package dev.connectconformance.migration;

import dev.connectconformance.account.AccountClients;
import dev.connectconformance.readiness.Readiness;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.Severity;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After the moves, readiness again (read-only) on the account as it now is: each number the run put on the group
 * must be listed there, CLAIMED, found by ARN in both regions, with a flow in both, and no blocker of RD-02 or
 * RD-03 may name it.
 */
public final class Verification {

    private Verification() {
    }

    public static List<MoveOutcome> verify(AccountClients reads, ReadinessRequest request, List<MoveOutcome> outcomes) {
        ReadinessReport after = Readiness.check(reads, request);
        List<MoveOutcome> verified = new ArrayList<>();
        for (MoveOutcome outcome : outcomes) {
            verified.add(outcome.result() == MoveResult.MOVED || outcome.result() == MoveResult.FLOW_LOST
                    ? verifyOne(after, outcome) : outcome);
        }
        return verified;
    }

    private static MoveOutcome verifyOne(ReadinessReport after, MoveOutcome outcome) {
        String arn = outcome.move().arn();
        Optional<NumberOnGroup> listed = after.inventory().numbers().stream().filter(n -> n.arn().equals(arn))
                .findFirst();
        if (listed.isEmpty()) {
            return outcome.verifiedAs(false, "ListPhoneNumbersV2 does not list it on the group");
        }
        NumberOnGroup number = listed.get();
        List<String> problems = new ArrayList<>();
        if (!number.isClaimed()) {
            problems.add("it is " + number.status());
        }
        number.visibleByArn().forEach((region, visible) -> {
            if (!visible) {
                problems.add("DescribePhoneNumber by ARN does not find it in " + region);
            }
        });
        for (Map.Entry<String, Optional<String>> flow : number.flows().entrySet()) {
            if (flow.getValue().isEmpty()) {
                problems.add("no flow in " + flow.getKey());
            }
        }
        after.findings(Severity.BLOCKER).stream().filter(f -> f.resource().equals(arn))
                .map(Finding::check).distinct().forEach(check -> problems.add("readiness blocker " + check));
        return problems.isEmpty()
                ? outcome.verifiedAs(true, "CLAIMED on the group, found in both regions, a flow in both")
                : outcome.verifiedAs(false, String.join("; ", problems));
    }
}
