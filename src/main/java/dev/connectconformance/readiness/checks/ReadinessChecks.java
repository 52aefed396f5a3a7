package dev.connectconformance.readiness.checks;

import java.util.List;

/** The checks readiness runs, in catalogue order; the command and the RD features share this list. */
public final class ReadinessChecks {

    private ReadinessChecks() {
    }

    public static List<ReadinessCheck> all() {
        return List.of(new GroupActiveCheck(), new NumbersClaimedCheck(), new NumberFlowsCheck(),
                new TelephonySplitCheck(), new PlanFitsCheck(), new InstanceLinkCheck(), new PlannedFlowsCheck(),
                new AllowanceCheck());
    }
}
