package dev.connectconformance.report;

import dev.connectconformance.report.fixture.ReportFixtureSteps;
import io.cucumber.core.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the report fixture feature in-process with Cucumber, the way the real suite writes a run:
 * reports/runs/LABEL/cucumber.ndjson, cucumber.html and run.json.
 */
public final class FixtureRuns {

    static final String FEATURE = "classpath:dev/connectconformance/report/fixture/report-fixture.feature";

    private FixtureRuns() {
    }

    /** Writes run.json, then runs the fixture; pluginsBefore are registered before the message plugin. */
    public static Path run(Path reportsDir, String label, String target, String account, List<String> pluginsBefore,
                    List<String> pluginsAfter) throws IOException {
        Path runDir = reportsDir.resolve("runs").resolve(label);
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve("run.json"), """
                {"label":"%s","target":"%s","regions":{"source":"us-east-1","replica":"us-west-2"},
                 "account":"%s","startedAt":"2026-11-24T15:00:00Z","finishedAt":"2026-11-24T15:02:07Z",
                 "allowChanges":%s}
                """.formatted(label, target, account, "simulator".equals(target)));
        List<String> args = new ArrayList<>(List.of("--glue", "dev.connectconformance.report.fixture",
                "--monochrome", "--no-summary"));
        pluginsBefore.forEach(p -> args.addAll(List.of("--plugin", p)));
        args.addAll(List.of("--plugin", "message:" + runDir.resolve("cucumber.ndjson"),
                "--plugin", "html:" + runDir.resolve("cucumber.html")));
        pluginsAfter.forEach(p -> args.addAll(List.of("--plugin", p)));
        args.add(FEATURE);
        Map<String, String> cucumberProperties = clearCucumberSystemProperties();
        String previousTarget = ReportFixtureSteps.target;
        ReportFixtureSteps.target = target;
        try {
            Main.run(args.toArray(String[]::new), FixtureRuns.class.getClassLoader());
        } finally {
            ReportFixtureSteps.target = previousTarget;
            cucumberProperties.forEach(System::setProperty);
        }
        return runDir;
    }

    public static Path run(Path reportsDir, String label, String target, String account) throws IOException {
        return run(reportsDir, label, target, account, List.of(), List.of());
    }

    /** The real suite may set cucumber.* properties (plugins, glue); they must not leak into a fixture run. */
    private static Map<String, String> clearCucumberSystemProperties() {
        Map<String, String> saved = new HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("cucumber.")) {
                saved.put(name, System.getProperty(name));
                System.clearProperty(name);
            }
        }
        return saved;
    }
}
