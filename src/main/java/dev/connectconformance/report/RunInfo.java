package dev.connectconformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What run.json says about one suite run. Every field but the label may be missing (an interrupted
 * run, or a run.json written later than the page): the report then shows what it knows.
 */
public record RunInfo(String label, String target, Map<String, String> regions, RunAccount account,
                      Optional<String> startedAt, Optional<String> finishedAt, Optional<Boolean> allowChanges) {

    public static final String FILE_NAME = "run.json";

    public RunInfo {
        regions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(regions)); // keeps source, replica order
    }

    public static RunInfo labelOnly(String label) {
        return new RunInfo(label, label, Map.of(), RunAccount.unknown(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Reads runDir/run.json; without one the label is the directory name and the target is unknown. */
    public static RunInfo read(Path runDir, ObjectMapper json) throws IOException {
        String dirName = runDir.getFileName().toString();
        Path file = runDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return labelOnly(dirName);
        }
        JsonNode root = json.readTree(file.toFile());
        String label = text(root, "label").orElse(dirName);
        Map<String, String> regions = new LinkedHashMap<>();
        root.path("regions").properties().forEach(e -> regions.put(e.getKey(), e.getValue().asText()));
        JsonNode allow = root.get("allowChanges");
        return new RunInfo(label, text(root, "target").orElse(label), regions, RunAccount.read(root),
                text(root, "startedAt"), text(root, "finishedAt"),
                allow == null || !allow.isBoolean() ? Optional.empty() : Optional.of(allow.booleanValue()));
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
    }
}
