package dev.connectconformance.cli;

import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.account.SdkAccountClients;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.UsageError;
import dev.connectconformance.simulator.statefile.AccountMasking;
import dev.connectconformance.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snapshot}: reads, read-only, what a migration touches in an account and writes it as a state file
 * (docs/state-format.md) that {@code connect-simulator.jar --state FILE} starts a twin of the account from.
 * Progress goes to standard error, the written file's summary last to standard output; a mistake is one line and
 * exit code 2.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Reads, read-only, an instance, its replica, traffic distribution groups, numbers, flows, flow "
                + "associations and quotas, and writes them as a state file a simulator can load.",
                "Exit code: 0 written, 2 could not read or write."})
final class SnapshotCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--instance", required = true, paramLabel = "INSTANCE_ID", description = "The instance's id.")
    String instance;

    @Option(names = "--region", required = true, paramLabel = "REGION", description = "The instance's source region.")
    String region;

    @Mixin
    ProfileOption profile = new ProfileOption();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the state file.")
    Path out;

    @Option(names = "--mask-account",
            description = "Rewrite the account id (to " + AccountMasking.MASKED_ACCOUNT + ") everywhere, for sharing.")
    boolean maskAccount;

    @Override
    public Integer call() {
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            throw new UsageError("--region must be an AWS region such as us-east-1, not '" + region + "'");
        }
        if (instance.isBlank() || instance.contains(":")) {
            throw new UsageError("--instance takes the instance's id (not its ARN), not '" + instance + "'");
        }
        PrintWriter err = spec.commandLine().getErr();
        Snapshot.Summary summary;
        try (SdkAccountClients clients = profile.clients()) {
            profile.requireCredentials();
            summary = new Snapshot(instance, region, maskAccount, out).take(clients, line -> {
                err.println("snapshot: " + line);
                err.flush();
            });
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        } catch (IOException e) {
            throw new UsageError("cannot write " + out + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println(summary.line());
        return 0;
    }
}
