package dev.connectconformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * reports/runs/: one sub-directory per run label, each with cucumber.ndjson, run.json and cucumber.html.
 * A run whose files cannot be read still gets a column, saying why, so one broken run never hides the rest.
 */
public final class RunsDirectory {

    public static final String MESSAGES_FILE = "cucumber.ndjson";
    public static final String HTML_FILE = "cucumber.html";

    private final Path root;
    private final ObjectMapper json;

    public RunsDirectory(Path root, ObjectMapper json) {
        this.root = root;
        this.json = json;
    }

    public Path root() {
        return root;
    }

    /** Run directories that hold results, in name order (simulator first if present: it is the reference). */
    public static List<Path> runDirectories(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> Files.exists(d.resolve(MESSAGES_FILE)) || Files.exists(d.resolve(RunInfo.FILE_NAME)))
                    .sorted(Comparator.comparing((Path d) -> !d.getFileName().toString().equals("simulator"))
                            .thenComparing(d -> d.getFileName().toString()))
                    .toList();
        }
    }

    /** Reads every run; messagesOverride gives the messages of a run directory that is still being written. */
    public List<TargetRun> readAll(Map<Path, String> messagesOverride) throws IOException {
        List<TargetRun> runs = new ArrayList<>();
        for (Path dir : runDirectories(root)) {
            runs.add(read(dir, Optional.ofNullable(messagesOverride.get(dir.toAbsolutePath().normalize()))));
        }
        return runs;
    }

    private TargetRun read(Path dir, Optional<String> messages) {
        // The current run's html report may not be written yet: link it anyway, the html plugin writes it next.
        Optional<String> html = messages.isPresent() ? Optional.of(htmlLink(dir)) : htmlReport(dir);
        RunInfo info;
        try {
            info = RunInfo.read(dir, json);
        } catch (IOException e) {
            info = RunInfo.labelOnly(dir.getFileName().toString());
            return new TargetRun(info, List.of(), html, Optional.of("run.json unreadable: " + e.getMessage()));
        }
        Path ndjson = dir.resolve(MESSAGES_FILE);
        try {
            List<ScenarioResult> scenarios;
            if (messages.isPresent()) {
                scenarios = CucumberMessagesReader.read(messages.get());
            } else if (Files.isRegularFile(ndjson)) {
                try (Reader reader = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
                    scenarios = CucumberMessagesReader.read(reader);
                }
            } else {
                return new TargetRun(info, List.of(), html, Optional.of(MESSAGES_FILE + " is missing"));
            }
            return new TargetRun(info, scenarios, html, Optional.empty());
        } catch (IOException e) {
            return new TargetRun(info, List.of(), html,
                    Optional.of(MESSAGES_FILE + " unreadable: " + e.getMessage()));
        }
    }

    private Optional<String> htmlReport(Path dir) {
        Path html = dir.resolve(HTML_FILE);
        return Files.isRegularFile(html) ? Optional.of(htmlLink(dir)) : Optional.empty();
    }

    private static String htmlLink(Path dir) {
        return dir.getFileName() + "/" + HTML_FILE;
    }
}
