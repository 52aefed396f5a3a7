package dev.connectconformance.cli;

import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.account.SdkAccountClients;
import dev.connectconformance.migration.ClientTokens;
import dev.connectconformance.migration.JournalException;
import dev.connectconformance.migration.JournalHistory;
import dev.connectconformance.migration.Migration;
import dev.connectconformance.migration.MigrationJournal;
import dev.connectconformance.migration.MigrationRefused;
import dev.connectconformance.migration.MigrationReport;
import dev.connectconformance.migration.PreparedPlan;
import dev.connectconformance.migration.Progress;
import dev.connectconformance.migration.SleepingPause;
import dev.connectconformance.migration.output.DryRunText;
import dev.connectconformance.migration.output.MigrationJson;
import dev.connectconformance.migration.output.MigrationText;
import dev.connectconformance.output.OutputFiles;
import dev.connectconformance.plan.Plan;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.UsageError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code migrate}: moves the plan's numbers onto a traffic distribution group. Without {@code --execute} it only
 * reads and prints the calls it would make. With it: readiness first (blockers refuse), then the executor, then
 * verification. Progress goes to standard error while it runs; the results come last on standard output.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Moves the plan's numbers onto a traffic distribution group and associates their flows in "
                + "both regions. Without --execute: a dry run that prints the calls and changes nothing.",
                "Exit code: 0 all moved and verified (dry run: it would start), 1 otherwise, 2 on a mistake."})
final class MigrateCommand implements Callable<Integer> {

    /** How long Ctrl-C lets the moves in flight finish before journalling them as interrupted. */
    private static final long GRACE_MILLIS = 15_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GroupOption group = new GroupOption();

    @Mixin
    RequiredPlanOption plan = new RequiredPlanOption();

    @Mixin
    ProfileOption profile = new ProfileOption();

    @Option(names = "--execute", description = "Really move the numbers (default: a dry run).")
    boolean execute;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2",
            description = "Numbers moved at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "The journal to append to and resume from (default: ./migration-<group>-<plan digest>.jsonl).")
    Path journal;

    @Mixin
    ReportOutputs outputs = new ReportOutputs("migration");

    @Override
    public Integer call() throws InterruptedException {
        OptionChecks.concurrency(concurrency);
        Plan planned = plan.read();
        String digest = ClientTokens.planDigest(planned);
        Path journalFile = journal != null ? journal : MigrationJournal.defaultFile(group.parsed().id(), digest);
        JournalHistory history;
        try {
            history = JournalHistory.read(journalFile);
            history.requireSameMigration(journalFile, group.arn().trim(), digest);
        } catch (JournalException e) {
            throw new UsageError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (SdkAccountClients reads = profile.clients(); SdkAccountClients moves = profile.clientsWithoutRetries()) {
            PreparedPlan prepared;
            try {
                ReadinessRequest request = new ReadinessRequest(group.arn().trim(), Optional.empty(), planned,
                        Optional.empty(), Optional.empty());
                profile.requireCredentials();
                prepared = PreparedPlan.prepare(reads, request, history);
            } catch (CannotCheck e) {
                throw new UsageError(e.getMessage());
            }
            if (!execute) {
                print(out, DryRunText.lines(prepared, concurrency, journalFile.toString()));
                return prepared.blockers().isEmpty() ? 0 : 1;
            }
            return executed(reads, moves, prepared, journalFile, out);
        }
    }

    private int executed(SdkAccountClients reads, SdkAccountClients moves, PreparedPlan prepared, Path journalFile,
                         PrintWriter out) throws InterruptedException {
        Progress progress = new Progress(spec.commandLine().getErr());
        MigrationReport report;
        try (CtrlCRecordsInFlight ctrlC = CtrlCRecordsInFlight.install(progress, GRACE_MILLIS)) {
            report = Migration.execute(reads, moves, prepared, Migration.Options.of(concurrency, journalFile,
                    new SleepingPause()).withProgress(progress).whenStarted(ctrlC::started));
        } catch (MigrationRefused e) {
            print(out, MigrationText.refused(e.blockers()));
            return 1;
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        }
        Path json = OutputFiles.write(outputs.json(), MigrationJson.of(report));
        print(out, MigrationText.lines(report, List.of(json.toString())));
        return report.exitCode();
    }

    private static void print(PrintWriter out, List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }
}
