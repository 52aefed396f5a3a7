package dev.connectconformance.readiness.output;

import dev.connectconformance.output.OutputFiles;
import dev.connectconformance.readiness.ReadinessReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a readiness run writes: {@code <reports>/readiness/index.html} and {@code junit.xml}, and the JSON (by
 * default {@code <reports>/readiness/readiness.json}). Its own folder: the conformance page never reads it.
 */
public final class ReadinessFiles {

    /** The folder under the reports folder, and the JSON file's name there. */
    public static final String FOLDER = "readiness";

    private ReadinessFiles() {
    }

    public static Path folder(Path reports) {
        return reports.resolve(FOLDER);
    }

    public static Path defaultJson(Path reports) {
        return folder(reports).resolve(FOLDER + ".json");
    }

    /** Writes the three files and answers their paths, page first. */
    public static List<Path> write(ReadinessReport report, Path reports, Path json) {
        Path page = folder(reports).resolve("index.html");
        Path junit = folder(reports).resolve("junit.xml");
        OutputFiles.write(page, HtmlReport.of(report));
        OutputFiles.write(json, JsonReport.of(report));
        OutputFiles.write(junit, JunitReport.of(report));
        return List.of(page, json, junit);
    }
}
