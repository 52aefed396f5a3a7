package dev.connectconformance.cli;

import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.migration.Progress;
import dev.connectconformance.migration.Rehearsal;
import dev.connectconformance.migration.RehearsalReport;
import dev.connectconformance.migration.Twin;
import dev.connectconformance.migration.output.RehearsalJson;
import dev.connectconformance.migration.output.RehearsalPage;
import dev.connectconformance.migration.output.RehearsalText;
import dev.connectconformance.output.OutputFiles;
import dev.connectconformance.plan.Plan;
import dev.connectconformance.readiness.output.TerminalReport;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.UsageError;
import dev.connectconformance.simulator.statefile.StateFileException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    GroupOption group = new GroupOption();

    @Mixin
    RequiredPlanOption plan = new RequiredPlanOption();

    @Option(names = "--quota", paramLabel = "N",
            description = "The group's phone-number quota on the twin (default: what the state file holds).")
    Integer quota;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "1",
            description = "Numbers moved at once (default: ${DEFAULT-VALUE}, so which numbers a quota stops is "
                    + "the plan's last ones; migrate --execute defaults to 2).")
    int concurrency;

    @Mixin
    ReportOutputs outputs = new ReportOutputs("rehearsal");

    @Override
    public Integer call() throws InterruptedException {
        OptionChecks.quota(quota);
        OptionChecks.concurrency(concurrency);
        if (!Files.isRegularFile(state)) {
            throw new UsageError("--state " + state + " is not a file: write one with the snapshot command");
        }
        group.parsed();
        Plan planned = plan.read();
        RehearsalReport report;
        try (Twin twin = loaded()) {
            report = Rehearsal.run(twin, state.toString(), group.arn(), planned, Optional.ofNullable(quota),
                    concurrency, outputs.folder().resolve("journal.jsonl"), new Progress(spec.commandLine().getErr()));
        } catch (CannotCheck e) {
            throw new UsageError("on the twin " + state + ": " + e.getMessage());
        }
        Path json = OutputFiles.write(outputs.json(), RehearsalJson.of(report));
        Path page = OutputFiles.write(outputs.folder().resolve("index.html"), RehearsalPage.of(report));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Readiness of the twin (" + state + ")");
        TerminalReport.print(report.readiness(), List.of(), out);
        out.println();
        RehearsalText.lines(report, List.of(page.toString(), json.toString(), report.journal())).forEach(out::println);
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
}
