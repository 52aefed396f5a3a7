package dev.connectconformance.migration;

import dev.connectconformance.account.GroupArn;
import dev.connectconformance.account.SimulatorAccountClients;
import dev.connectconformance.plan.Plan;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code rehearse}: the plan run by the same executor as {@code migrate --execute}, on a twin of the account, even
 * when readiness finds blockers (the point is to see what they do). It waits on the simulator's clock, so nothing
 * waits in real time, and it changes only the twin.
 */
public final class Rehearsal {

    private Rehearsal() {
    }

    /**
     * @param quota the group's phone-number quota to set on the twin first, if given
     */
    public static RehearsalReport run(Twin twin, String twinName, String groupArn, Plan plan, Optional<Integer> quota,
                                      int concurrency, Path journalFile, Progress progress)
            throws InterruptedException {
        ReadinessRequest request = new ReadinessRequest(groupArn, Optional.empty(), plan, Optional.empty(),
                Optional.empty());
        quota.ifPresent(limit -> twin.admin().setPhoneNumbersPerTarget(groupArn.trim(), limit));
        try (SimulatorAccountClients clients = SimulatorAccountClients.withoutRetries(twin.endpoint(),
                GroupArn.parse(groupArn).accountId())) {
            PreparedPlan prepared = PreparedPlan.prepare(clients, request, JournalHistory.empty());
            List<MoveOutcome> outcomes;
            try (MigrationJournal journal = MigrationJournal.replacing(journalFile, Clock.systemUTC())) {
                PlanExecutor executor = new PlanExecutor(prepared.execution(clients, journal,
                        new SimulatorClockPause(twin.admin()), progress), concurrency, StopSignal.none());
                outcomes = executor.run(prepared.moves(), prepared.planDigest(), prepared.planName(), "rehearse");
            }
            List<Prediction> predictions = new ArrayList<>();
            for (MoveOutcome outcome : Verification.verify(clients, request, outcomes)) {
                predictions.add(Prediction.of(outcome, prepared.inventory()));
            }
            return new RehearsalReport(twinName, prepared.planName(), prepared.readiness(), predictions,
                    journalFile.toString());
        }
    }
}
