package dev.connectconformance.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --reports DIR} and {@code --json FILE}: a command writes into its own folder under the reports folder,
 * {@code <reports>/<folder>/}, and its JSON to {@code <folder>.json} there unless --json places it elsewhere.
 */
final class ReportOutputs {

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports", descriptionKey = "reports",
            description = "Reports folder (default: ./${DEFAULT-VALUE}).")
    Path reports;

    // Each command names its default file in its own words (SharedOptions.properties); this is the fallback.
    @Option(names = "--json", paramLabel = "FILE", descriptionKey = "json",
            description = "Where to write the JSON (default: in the command's folder under <reports>).")
    Path json;

    private final String folderName;

    /** @param folderName the command's folder under the reports folder, also the JSON file's name */
    ReportOutputs(String folderName) {
        this.folderName = folderName;
    }

    Path reports() {
        return reports;
    }

    /** {@code <reports>/<folder>}: where the command's files go. */
    Path folder() {
        return reports.resolve(folderName);
    }

    /** --json, else {@code <reports>/<folder>/<folder>.json}. */
    Path json() {
        return json != null ? json : folder().resolve(folderName + ".json");
    }
}
