package dev.connectconformance.migration;

import dev.connectconformance.account.AccountClients;
import dev.connectconformance.readiness.Readiness;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import dev.connectconformance.readiness.inventory.Inventory;
import java.util.List;

/**
 * A plan checked and resolved before anything changes: the readiness report (read-only discovery), the blockers
 * that stop a migration (after the journal's own unfinished work is set aside), and the moves in plan order.
 */
public record PreparedPlan(ReadinessRequest request, ReadinessReport readiness, List<Finding> blockers,
                           List<Finding> tolerated, JournalHistory history, String planDigest, List<Move> moves) {

    public PreparedPlan {
        blockers = List.copyOf(blockers);
        tolerated = List.copyOf(tolerated);
        moves = List.copyOf(moves);
    }

    public static PreparedPlan prepare(AccountClients reads, ReadinessRequest request, JournalHistory history) {
        ReadinessReport readiness = Readiness.check(reads, request);
        String digest = ClientTokens.planDigest(request.plan());
        List<Move> moves = new MovePlanner(readiness.inventory(), history, digest).moves();
        return new PreparedPlan(request, readiness, ResumeTolerance.blocking(readiness, history),
                ResumeTolerance.tolerated(readiness, history), history, digest, moves);
    }

    public Inventory inventory() {
        return readiness.inventory();
    }

    public String planName() {
        return request.plan().source().orElse("plan");
    }

    public CallPlan callPlan() {
        Inventory inventory = inventory();
        return new CallPlan(inventory.group().arn(), inventory.sourceRegion(), inventory.replicaRegion(),
                inventory.groupInstance().id());
    }

    /** What the moves share, on the given clients (SDK retries off), journal, pause and progress. */
    public Execution execution(AccountClients clients, MigrationJournal journal, Pause pause, Progress progress) {
        Inventory inventory = inventory();
        return new Execution(clients, inventory.group().arn(), inventory.sourceRegion(), inventory.replicaRegion(),
                inventory.groupInstance().id(), journal, pause, Backoff.settling(), Backoff.throttling(), progress);
    }
}
