package dev.connectconformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The validation records found in some folders: every {@code *.json} directly inside them, each read once (the same
 * file name in two folders is the same record: a run recorded into the reports folder and then committed). A file
 * that is no record is listed as a problem, never a reason to fail the page.
 *
 * @param problems file and why it was not read
 */
public record ValidationRecords(List<ValidationRecord> records, Map<Path, String> problems) {

    /** The committed folder, the working directory's {@code validation/}. */
    public static final Path COMMITTED = Path.of("validation");

    public ValidationRecords {
        records = List.copyOf(records);
        problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static ValidationRecords none() {
        return new ValidationRecords(List.of(), Map.of());
    }

    /** Where the page looks by default: the committed folder, then the reports folder's own. */
    public static List<Path> defaultDirectories(Path reportsDir) {
        return List.of(COMMITTED, reportsDir.resolve("validation"));
    }

    public static ValidationRecords read(List<Path> directories, ObjectMapper json) throws IOException {
        List<ValidationRecord> records = new ArrayList<>();
        Map<Path, String> problems = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> listing = Files.list(directory)) {
                files = listing.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (seen.contains(name)) {
                    continue;
                }
                seen.add(name);
                try {
                    records.add(ValidationRecord.read(json.readTree(file.toFile())));
                } catch (IOException e) {
                    problems.put(file, e.getMessage());
                }
            }
        }
        return new ValidationRecords(records, problems);
    }

    /** The records of runs against AWS's own endpoints: the only ones that confirm anything about AWS. */
    public List<ValidationRecord> onAws() {
        return records.stream().filter(ValidationRecord::onAws).toList();
    }
}
