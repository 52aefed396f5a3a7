package dev.connectconformance.readiness.output;

import dev.connectconformance.readiness.ReadinessReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a readiness run writes: {@code <reports>/readiness/index.html} and {@code junit.xml}, and the JSON (by
 * default {@code <reports>/readiness/readiness.json}). Its own folder: the conformance page never reads it.
 */
public final class ReadinessFiles {

    private ReadinessFiles() {
    }

    public static Path folder(Path reports) {
        return reports.resolve("readiness");
    }

    public static Path defaultJson(Path reports) {
        return folder(reports).resolve("readiness.json");
    }

    /** Writes the three files and answers their paths, page first. */
    public static List<Path> write(ReadinessReport report, Path reports, Path json) {
        Path page = folder(reports).resolve("index.html");
        Path junit = folder(reports).resolve("junit.xml");
        write(page, HtmlReport.of(report));
        write(json, JsonReport.of(report));
        write(junit, JunitReport.of(report));
        return List.of(page, json, junit);
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
