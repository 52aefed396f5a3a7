package dev.connectconformance.cli;

import dev.connectconformance.migration.Progress;
import dev.connectconformance.migration.Rehearsal;
import dev.connectconformance.migration.RehearsalReport;
import dev.connectconformance.migration.Twin;
import dev.connectconformance.migration.output.RehearsalJson;
import dev.connectconformance.migration.output.RehearsalPage;
import dev.connectconformance.migration.output.RehearsalText;
import dev.connectconformance.readiness.CannotCheck;
import dev.connectconformance.readiness.GroupArn;
import dev.connectconformance.readiness.output.TerminalReport;
import dev.connectconformance.readiness.plan.Plan;
import dev.connectconformance.readiness.plan.PlanFile;
import dev.connectconformance.readiness.plan.PlanFileException;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.UsageError;
import dev.connectconformance.simulator.statefile.StateFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rehearse}: the plan on a twin of the account (a state file written by {@code snapshot}), with the same
 * executor as {@code migrate --execute}, on the simulator's clock. Nothing real is called or changed.
 */
@Command(name = "rehearse", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Runs the plan on a twin of the account (an embedded simulator loaded from a snapshot) and "
                + "predicts each number's outcome; writes <reports>/rehearsal/ (index.html, rehearsal.json, "
                + "journal.jsonl).",
                "Exit code: 0 every number would move, 1 otherwise, 2 on a mistake."})
final class RehearseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--state", required = true, paramLabel = "FILE",
            description = "The twin: a state file written by the snapshot command (or a simulator export).")
    Path state;

    @Option(names = "--tdg", required = true, paramLabel = "TDG_ARN", description = "The group's full ARN.")
    String tdg;

    @Option(names = "--plan", required = true, paramLabel = "FILE",
            description = "The numbers to move, one a line (ARN or E.164), optionally ',FLOW' (id, ARN or name).")
    Path plan;

    @Option(names = "--quota", paramLabel = "N",
            description = "The group's phone-number quota on the twin (default: what the state file holds).")
    Integer quota;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "1",
            description = "Numbers moved at once (default: ${DEFAULT-VALUE}, so which numbers a quota stops is "
                    + "the plan's last ones; migrate --execute defaults to 2).")
    int concurrency;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Reports folder (default: ./${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Where to write the JSON (default: <reports>/rehearsal/rehearsal.json).")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
        if (quota != null && quota < 0) {
            throw new UsageError("--quota must be 0 or more, not " + quota);
        }
        if (concurrency < 1 || concurrency > 16) {
            throw new UsageError("--concurrency must be 1 to 16, not " + concurrency);
        }
        if (!Files.isRegularFile(state)) {
            throw new UsageError("--state " + state + " is not a file: write one with the snapshot command");
        }
        Plan planned;
        try {
            GroupArn.parse(tdg);
            planned = PlanFile.read(plan);
        } catch (CannotCheck | PlanFileException e) {
            throw new UsageError(e.getMessage());
        }
        Path folder = reports.resolve("rehearsal");
        PrintWriter out = spec.commandLine().getOut();
        RehearsalReport report;
        try (Twin twin = loaded()) {
            report = Rehearsal.run(twin, state.toString(), tdg, planned, Optional.ofNullable(quota), concurrency,
                    folder.resolve("journal.jsonl"), new Progress(spec.commandLine().getErr()));
        } catch (CannotCheck e) {
            throw new UsageError("on the twin " + state + ": " + e.getMessage());
        }
        Path jsonFile = json != null ? json : folder.resolve("rehearsal.json");
        Path page = folder.resolve("index.html");
        write(jsonFile, RehearsalJson.of(report));
        write(page, RehearsalPage.of(report));
        out.println("Readiness of the twin (" + state + ")");
        TerminalReport.print(report.readiness(), List.of(), out);
        out.println();
        RehearsalText.lines(report, List.of(page.toString(), jsonFile.toString(), report.journal()))
                .forEach(out::println);
        out.flush();
        return report.exitCode();
    }

    private Twin loaded() {
        try {
            return Twin.load(state);
        } catch (StateFileException e) {
            throw new UsageError("--state " + state + ": " + e.getMessage());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
