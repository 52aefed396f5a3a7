package dev.connectconformance.suite.plugin;

import dev.connectconformance.report.ConformanceReport;
import dev.connectconformance.report.ReportOptions;
import dev.connectconformance.report.RunsDirectory;
import dev.connectconformance.report.ValidationRecords;
import io.cucumber.messages.MessageToNdjsonWriter;
import io.cucumber.messages.ndjson.Serializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regenerates reports/index.html from all runs when a suite run finishes, and prints the totals and the path.
 *
 * <p>Cucumber's message formatter ({@link CucumberFiles}) writes this run's cucumber.ndjson and closes it when it
 * sees the TestRunFinished envelope, which may be after this plugin sees it (and the plain TestRunFinished event
 * comes even before that envelope). So this plugin keeps the run's envelopes itself, rewritten and serialized
 * exactly as CucumberFiles writes them, and uses them in place of the run directory whose file on disk is a prefix
 * of them.
 *
 * <p>Arguments: {@code dev.connectconformance.suite.plugin.ConformancePagePlugin[:REPORTS_DIR]} (default
 * {@code reports}, or the system property conformance.reports.dir). The system property
 * conformance.report.showAccount=true shows account ids in full.
 */
public final class ConformancePagePlugin implements ConcurrentEventListener {

    private final Path reportsDir;
    private final PrintStream out;
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final MessageToNdjsonWriter writer = new MessageToNdjsonWriter(messages, new Serializer());

    public ConformancePagePlugin() {
        this(System.getProperty("conformance.reports.dir", "reports"));
    }

    public ConformancePagePlugin(String reportsDir) {
        this(Path.of(reportsDir), System.out);
    }

    /** @param out where the totals and the page's path are printed */
    public ConformancePagePlugin(Path reportsDir, PrintStream out) {
        this.reportsDir = reportsDir;
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        // the stream CucumberFiles writes (features named by their path under features/), so the file on disk is
        // a prefix of this plugin's copy
        new EnvelopeRewritingPublisher(publisher, new RelativeFeatureUris())
                .registerHandlerFor(Envelope.class, this::onEnvelope);
    }

    private synchronized void onEnvelope(Envelope envelope) {
        try {
            writer.write(envelope);
            if (envelope.getTestRunFinished().isPresent()) {
                writer.close();
                writePage(messages.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("conformance report not written", e);
        }
    }

    /** This plugin's copy of the run's messages so far, serialized. */
    synchronized byte[] messages() {
        return messages.toByteArray();
    }

    private void writePage(byte[] thisRun) throws IOException {
        Path runs = reportsDir.resolve("runs");
        Map<Path, String> override = currentRunDirectory(runs, thisRun)
                .map(dir -> Map.of(dir.toAbsolutePath().normalize(), new String(thisRun, StandardCharsets.UTF_8)))
                .orElse(Map.of());
        ConformanceReport.Result result = ConformanceReport.withBundledCatalogue()
                .withValidationRecordsIn(validationDirectories()).generate(runs,
                reportsDir.resolve("index.html"),
                new ReportOptions(Boolean.getBoolean("conformance.report.showAccount")), Instant.now(), override);
        out.print(result.summary());
        out.flush();
    }

    /** The page's usual folders of validation records, and the one this run records into if it was chosen. */
    private List<Path> validationDirectories() {
        List<Path> directories = new ArrayList<>(ValidationRecords.defaultDirectories(reportsDir));
        String recorded = System.getProperty("conformance.record.dir", "").trim();
        if (!recorded.isEmpty()) {
            directories.add(Path.of(recorded));
        }
        return directories;
    }

    /**
     * The run directory the message plugin is writing this run into: the one whose cucumber.ndjson holds a
     * prefix of this run's messages (all of them once closed, possibly nothing yet if still buffered); of
     * several, the longest prefix, then the newest file.
     */
    static Optional<Path> currentRunDirectory(Path runs, byte[] thisRun) throws IOException {
        Path best = null;
        long bestLength = -1;
        FileTime bestTime = null;
        for (Path dir : RunsDirectory.runDirectories(runs)) {
            Path file = dir.resolve(RunsDirectory.MESSAGES_FILE);
            if (!Files.isRegularFile(file) || Files.size(file) > thisRun.length) {
                continue;
            }
            byte[] onDisk = Files.readAllBytes(file);
            if (!Arrays.equals(onDisk, 0, onDisk.length, thisRun, 0, onDisk.length)) {
                continue;
            }
            FileTime time = Files.getLastModifiedTime(file);
            if (onDisk.length > bestLength || (onDisk.length == bestLength && time.compareTo(bestTime) > 0)) {
                best = dir;
                bestLength = onDisk.length;
                bestTime = time;
            }
        }
        return Optional.ofNullable(best);
    }
}
