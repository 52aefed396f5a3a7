package dev.connectconformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.output.OutputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds reports/index.html from every run under reports/runs: the one entry point for the CLI and the plugin. */
public final class ConformanceReport {

    private final RuleCatalogue catalogue;
    private final List<Path> validationDirectories;
    private final ObjectMapper json = new ObjectMapper();

    public ConformanceReport(RuleCatalogue catalogue) {
        this(catalogue, List.of());
    }

    private ConformanceReport(RuleCatalogue catalogue, List<Path> validationDirectories) {
        this.catalogue = catalogue;
        this.validationDirectories = List.copyOf(validationDirectories);
    }

    /** The same report, also reading the validation records in these folders (see {@link ValidationRecords}). */
    public ConformanceReport withValidationRecordsIn(List<Path> directories) {
        return new ConformanceReport(catalogue, directories);
    }

    public static ConformanceReport withBundledCatalogue() {
        return new ConformanceReport(RuleCatalogue.bundled());
    }

    /** Merges all runs into the page at out. */
    public Result generate(Path runsDir, Path out, ReportOptions options, Instant now) throws IOException {
        return generate(runsDir, out, options, now, Map.of());
    }

    /**
     * @param messagesOverride ndjson text for run directories whose file is still being written, keyed by the
     *                         run directory's absolute normalized path
     */
    public Result generate(Path runsDir, Path out, ReportOptions options, Instant now,
                           Map<Path, String> messagesOverride) throws IOException {
        List<TargetRun> runs = new RunsDirectory(runsDir, json).readAll(messagesOverride);
        ConformanceMatrix matrix = new ConformanceMatrix(catalogue, runs);
        ValidationRecords validation = ValidationRecords.read(validationDirectories, json);
        String page = new HtmlReportRenderer(options, runsHref(runsDir, out)).render(matrix, validation, now);
        write(out, page);
        return new Result(out, matrix.totals(), matrix.disagreements());
    }

    /** Through the shared writer, so a browser never sees half a page; its failure stays this method's IOException. */
    private static void write(Path out, String page) throws IOException {
        try {
            OutputFiles.write(out, page);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String runsHref(Path runsDir, Path out) {
        Path from = out.toAbsolutePath().normalize().getParent();
        String relative = from.relativize(runsDir.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
    }

    /** What was written, with the totals the run prints. */
    public record Result(Path page, List<TargetTotals> totals, List<String> disagreements) {

        public Result {
            totals = List.copyOf(totals);
            disagreements = List.copyOf(disagreements);
        }

        public String summary() {
            StringBuilder text = new StringBuilder("Conformance report: ").append(page).append('\n');
            if (totals.isEmpty()) {
                text.append("  no runs found\n");
            }
            totals.forEach(t -> text.append("  ").append(t.summaryLine()).append('\n'));
            if (totals.size() > 1) {
                text.append("  targets disagree on ").append(disagreements.isEmpty() ? "no rule"
                        : String.join(", ", disagreements)).append('\n');
            }
            return text.toString();
        }
    }
}
