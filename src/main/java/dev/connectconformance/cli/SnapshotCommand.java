package dev.connectconformance.cli;

import dev.connectconformance.readiness.CannotCheck;
import dev.connectconformance.readiness.ProfileCredentials;
import dev.connectconformance.readiness.SdkAccountClients;
import dev.connectconformance.readiness.discovery.AccountSnapshot;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.UsageError;
import dev.connectconformance.simulator.statefile.AccountMasking;
import dev.connectconformance.simulator.statefile.StateDocument;
import dev.connectconformance.simulator.statefile.StateFiles;
import dev.connectconformance.simulator.statefile.StateFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @Option(names = "--profile", paramLabel = "NAME",
            description = "AWS profile (default: AWS_PROFILE, else the SDK's default chain).")
    String profile;

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
        Optional<String> chosenProfile = Optional.ofNullable(profile)
                .or(() -> Optional.ofNullable(System.getenv("AWS_PROFILE"))).filter(p -> !p.isBlank());
        PrintWriter err = spec.commandLine().getErr();
        StateDocument document;
        try (SdkAccountClients clients = new SdkAccountClients(chosenProfile)) {
            ProfileCredentials.requireResolvable(chosenProfile);
            document = new AccountSnapshot(clients, line -> {
                err.println("snapshot: " + line);
                err.flush();
            }).take(instance, region, Instant.now());
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        }
        if (maskAccount) {
            document = AccountMasking.mask(document);
        }
        try {
            StateDocument written = document;
            StateFiles.writeAtomically(out, stream -> StateFormat.write(written, stream));
        } catch (IOException e) {
            throw new UsageError("cannot write " + out + ": " + e.getMessage());
        }
        var account = document.accounts().values().iterator().next();
        spec.commandLine().getOut().println("Snapshot of instance " + instance + " (" + region + "): "
                + account.trafficDistributionGroups().size() + " traffic distribution group(s), "
                + account.phoneNumbers().size() + " number(s), " + account.instances().get(0).flows().size()
                + " flow(s)" + (maskAccount ? ", account masked" : "") + " -> " + out);
        return 0;
    }
}
