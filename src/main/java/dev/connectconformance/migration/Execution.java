package dev.connectconformance.migration;

import dev.connectconformance.account.AccountClients;
import java.util.List;

/**
 * What every move of a run shares: the clients (whose SDK retries are off: the executor retries itself, through
 * its pause), the group and its two regions, the instance whose flows are associated, the journal, how to wait
 * and how long, and where progress goes.
 */
public record Execution(AccountClients clients, String groupArn, String sourceRegion, String replicaRegion,
                        String instanceId, MigrationJournal journal, Pause pause, Backoff settling,
                        Backoff throttling, Progress progress) {

    public List<String> regions() {
        return List.of(sourceRegion, replicaRegion);
    }
}
