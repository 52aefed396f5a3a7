package dev.connectconformance.report;

import dev.connectconformance.report.fixture.ReportFixtureSteps;
import dev.connectconformance.suite.plugin.CucumberFiles;
import dev.connectconformance.suite.plugin.RunFilesPlugin;
import dev.connectconformance.suite.target.TargetSettings;
import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.Plugin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the report fixture feature in-process with Cucumber, the way the real suite writes a run:
 * reports/runs/LABEL/ with run.json and Cucumber's files ({@link CucumberFiles}). Only the plugins given run: Cucumber
 * prints nothing, so the fixture's deliberate failures never show in a build's output.
 */
public final class FixtureRuns {

    /** Under a features folder, like the suite's own features: the run files name it features/report-fixture.feature. */
    static final String FEATURE = "classpath:dev/connectconformance/report/fixture/features/report-fixture.feature";

    private FixtureRuns() {
    }

    /** Writes run.json, then runs the fixture; pluginsBefore are registered before Cucumber's files, pluginsAfter after. */
    public static Path run(Path reportsDir, String label, String target, RunAccount account,
                           List<Plugin> pluginsBefore, List<Plugin> pluginsAfter) throws IOException {
        Path runDir = reportsDir.resolve("runs").resolve(label);
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve("run.json"), runJson(label, target, account, "2026-11-24T15:00:00Z",
                "2026-11-24T15:02:07Z"));
        List<Plugin> plugins = new ArrayList<>(pluginsBefore);
        plugins.add(new CucumberFiles(runDir));
        plugins.addAll(pluginsAfter);
        RuntimeOptions options = new CommandlineOptionsParser(OutputStream.nullOutputStream())
                .parse("--glue", "dev.connectconformance.report.fixture", FEATURE).build();
        String previousTarget = ReportFixtureSteps.target;
        ReportFixtureSteps.target = target;
        try {
            Runtime.builder().withRuntimeOptions(options).withClassLoader(FixtureRuns.class::getClassLoader)
                    .withAdditionalPlugins(plugins.toArray(Plugin[]::new)).build().run();
        } finally {
            ReportFixtureSteps.target = previousTarget;
        }
        return runDir;
    }

    public static Path run(Path reportsDir, String label, String target, RunAccount account) throws IOException {
        return run(reportsDir, label, target, account, List.of(), List.of());
    }

    /** run.json as the suite writes it. */
    static String runJson(String label, String target, RunAccount account, String startedAt, String finishedAt) {
        TargetSettings settings = new TargetSettings(target, label, "us-east-1", "us-west-2", false, Optional.empty(),
                Path.of("conformance-aws.properties"), Path.of("reports"));
        return RunFilesPlugin.runJson(settings, account, Instant.parse(startedAt), Instant.parse(finishedAt))
                .toPrettyString();
    }
}
