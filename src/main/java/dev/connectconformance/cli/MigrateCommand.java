package dev.connectconformance.cli;

import dev.connectconformance.migration.ClientTokens;
import dev.connectconformance.migration.JournalException;
import dev.connectconformance.migration.JournalHistory;
import dev.connectconformance.migration.Migration;
import dev.connectconformance.migration.MigrationRefused;
import dev.connectconformance.migration.MigrationReport;
import dev.connectconformance.migration.PlanExecutor;
import dev.connectconformance.migration.PreparedPlan;
import dev.connectconformance.migration.Progress;
import dev.connectconformance.migration.SleepingPause;
import dev.connectconformance.migration.output.DryRunText;
import dev.connectconformance.migration.output.MigrationJson;
import dev.connectconformance.migration.output.MigrationText;
import dev.connectconformance.readiness.CannotCheck;
import dev.connectconformance.readiness.GroupArn;
import dev.connectconformance.readiness.ProfileCredentials;
import dev.connectconformance.readiness.ReadinessRequest;
import dev.connectconformance.readiness.SdkAccountClients;
import dev.connectconformance.readiness.plan.Plan;
import dev.connectconformance.readiness.plan.PlanFile;
import dev.connectconformance.readiness.plan.PlanFileException;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.UsageError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @Option(names = "--tdg", required = true, paramLabel = "TDG_ARN", description = "The group's full ARN.")
    String tdg;

    @Option(names = "--plan", required = true, paramLabel = "FILE",
            description = "The numbers to move, one a line (ARN or E.164), optionally ',FLOW' (id, ARN or name).")
    Path plan;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "AWS profile (default: AWS_PROFILE, else the SDK's default chain).")
    String profile;

    @Option(names = "--execute", description = "Really move the numbers (default: a dry run).")
    boolean execute;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2",
            description = "Numbers moved at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "The journal to append to and resume from (default: ./migration-<group>-<plan digest>.jsonl).")
    Path journal;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Reports folder (default: ./${DEFAULT-VALUE}); results go to <reports>/migration/.")
    Path reports;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Where to write the JSON results (default: <reports>/migration/migration.json).")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
        if (concurrency < 1 || concurrency > 16) {
            throw new UsageError("--concurrency must be 1 to 16, not " + concurrency);
        }
        Plan planned = readPlan();
        String digest = ClientTokens.planDigest(planned);
        Path journalFile = journal != null ? journal : defaultJournal(digest);
        JournalHistory history;
        try {
            history = JournalHistory.read(journalFile);
            history.requireSameMigration(journalFile, tdg.trim(), digest);
        } catch (JournalException e) {
            throw new UsageError(e.getMessage());
        }
        Optional<String> chosenProfile = Optional.ofNullable(profile)
                .or(() -> Optional.ofNullable(System.getenv("AWS_PROFILE"))).filter(p -> !p.isBlank());
        PrintWriter out = spec.commandLine().getOut();
        try (SdkAccountClients reads = new SdkAccountClients(chosenProfile);
             SdkAccountClients moves = SdkAccountClients.withoutRetries(chosenProfile)) {
            PreparedPlan prepared;
            try {
                ReadinessRequest request = new ReadinessRequest(tdg.trim(), Optional.empty(), planned,
                        Optional.empty(), Optional.empty());
                ProfileCredentials.requireResolvable(chosenProfile);
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
        AtomicReference<PlanExecutor> running = new AtomicReference<>();
        Thread onCtrlC = new Thread(() -> {
            PlanExecutor executor = running.get();
            if (executor != null) {
                progress.say("Stopping: no new moves; waiting up to " + GRACE_MILLIS / 1000 + " s for the ones in "
                        + "flight");
                try {
                    executor.recordInFlight(GRACE_MILLIS);
                } catch (InterruptedException | RuntimeException e) {
                    progress.say("could not record the moves in flight: " + e.getMessage());
                }
            }
        }, "migration-ctrl-c");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        MigrationReport report;
        try {
            report = Migration.execute(reads, moves, prepared, Migration.Options.of(concurrency, journalFile,
                    new SleepingPause()).withProgress(progress).whenStarted(running::set));
        } catch (MigrationRefused e) {
            List<String> lines = new java.util.ArrayList<>();
            lines.add("Refused: readiness found " + e.blockers().size() + " blocker"
                    + (e.blockers().size() == 1 ? "" : "s") + "; nothing was moved.");
            e.blockers().forEach(f -> lines.add("  " + f.check() + "  " + f.region().map(r -> r + "  ").orElse("")
                    + f.resource() + "\n         " + f.message()));
            lines.add("Fix them (connect-conformance readiness shows every finding), then run migrate again.");
            print(out, lines);
            return 1;
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        } finally {
            removeHook(onCtrlC);
        }
        Path jsonFile = json != null ? json : reports.resolve("migration").resolve("migration.json");
        write(jsonFile, MigrationJson.of(report));
        print(out, MigrationText.lines(report, List.of(jsonFile.toString())));
        return report.exitCode();
    }

    private Plan readPlan() {
        try {
            return PlanFile.read(plan);
        } catch (PlanFileException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private Path defaultJournal(String digest) {
        String group;
        try {
            group = GroupArn.parse(tdg).id();
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        }
        return Path.of("migration-" + group.substring(0, Math.min(8, group.length())) + "-" + digest + ".jsonl");
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came: the hook is running and records what is in flight
        }
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void print(PrintWriter out, List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }
}
