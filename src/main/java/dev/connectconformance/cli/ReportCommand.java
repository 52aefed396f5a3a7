package dev.connectconformance.cli;

import dev.connectconformance.report.ConformanceReport;
import dev.connectconformance.report.ReportOptions;
import dev.connectconformance.report.ValidationRecords;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.PlainCommandLine;
import dev.connectconformance.commandline.UsageError;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report}: merges the results already under reports/runs into reports/index.html, without running anything
 * again. It is also the main class of {@code mvn -Preport compile exec:java}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Writes the conformance page from existing suite runs (<runs>/<label>/cucumber.ndjson + run.json).")
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "reports/runs", description = "Folder with one folder per run (default: ${DEFAULT-VALUE}).")
    Path runs;

    @Option(names = "--out", defaultValue = "reports/index.html", description = "Page to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--show-account", arity = "0..1", fallbackValue = "true",
            description = "Show account ids in full instead of ********9012.")
    boolean showAccount;

    @Option(names = "--validation", paramLabel = "DIR",
            description = "Folder of validation records (<date>-<label>.json) for the 'On AWS' column; repeatable "
                    + "(default: ./validation and the validation folder next to --out).")
    List<Path> validation;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        int exit = PlainCommandLine.of(new ReportCommand()).execute(args);
        if (exit != 0) {
            System.exit(exit); // only on failure: under exec:java an exit would end Maven itself
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(runs)) {
            throw new UsageError("no runs to merge: " + runs + " is not a folder");
        }
        List<Path> records = validation != null ? validation
                : ValidationRecords.defaultDirectories(out.toAbsolutePath().getParent());
        ConformanceReport.Result result = ConformanceReport.withBundledCatalogue().withValidationRecordsIn(records)
                .generate(runs, out, new ReportOptions(showAccount), Instant.now());
        // picocli's out: System.out unless the caller (a test, an embedding program) gives another
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.summary());
        out.flush();
        return 0;
    }
}
