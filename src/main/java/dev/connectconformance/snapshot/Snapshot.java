package dev.connectconformance.snapshot;

import dev.connectconformance.account.AccountClients;
import dev.connectconformance.simulator.statefile.AccountDocument;
import dev.connectconformance.simulator.statefile.AccountMasking;
import dev.connectconformance.simulator.statefile.StateDocument;
import dev.connectconformance.simulator.statefile.StateFiles;
import dev.connectconformance.simulator.statefile.StateFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The snapshot command's work: the account read into a state document, the account id masked when asked (for
 * sharing), the file written atomically so a twin never starts from half a file.
 *
 * @param instanceId  the instance, by id
 * @param region      the instance's source region
 * @param maskAccount whether to rewrite the account id everywhere
 * @param out         the state file to write
 */
public record Snapshot(String instanceId, String region, boolean maskAccount, Path out) {

    /**
     * Reads with the clients (progress reports each read), then writes.
     *
     * @throws dev.connectconformance.account.CannotCheck when the account cannot be read
     * @throws IOException                                 when the file cannot be written
     */
    public Summary take(AccountClients clients, Consumer<String> progress) throws IOException {
        StateDocument document = new AccountSnapshot(clients, progress).take(instanceId, region, Instant.now());
        StateDocument written = maskAccount ? AccountMasking.mask(document) : document;
        StateFiles.writeAtomically(out, stream -> StateFormat.write(written, stream));
        AccountDocument account = written.accounts().values().iterator().next();
        return new Summary(this, account.trafficDistributionGroups().size(), account.phoneNumbers().size(),
                account.instances().get(0).flows().size());
    }

    /** What a snapshot holds, for the line the command prints last. */
    public record Summary(Snapshot snapshot, int groups, int numbers, int flows) {

        public String line() {
            return "Snapshot of instance " + snapshot.instanceId() + " (" + snapshot.region() + "): " + groups
                    + " traffic distribution group(s), " + numbers + " number(s), " + flows + " flow(s)"
                    + (snapshot.maskAccount() ? ", account masked" : "") + " -> " + snapshot.out();
        }
    }
}
