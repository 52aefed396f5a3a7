package dev.connectconformance.suite.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.report.RunAccount;
import dev.connectconformance.suite.target.Target;
import dev.connectconformance.suite.target.TargetSettings;
import dev.connectconformance.suite.target.Targets;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes one run's files into {@code reports/runs/<label>/}: Cucumber's own outputs ({@link CucumberFiles}) plus
 * run.json describing the run. The label depends on the target chosen at run time (simulator, aws-&lt;profile&gt;,
 * or -Dconformance.label), which a fixed plugin path in junit-platform.properties cannot express. List it before
 * the report page plugin: the files are complete when this plugin has seen TestRunFinished.
 */
public final class RunFilesPlugin implements ConcurrentEventListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TargetSettings settings = TargetSettings.fromSystemProperties();
    private final Path directory = settings.runDirectory();
    private Instant startedAt = Instant.now();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        new CucumberFiles(directory).setEventPublisher(publisher);
        publisher.registerHandlerFor(TestRunStarted.class, event -> startedAt = event.getInstant());
        publisher.registerHandlerFor(TestRunFinished.class, this::writeRunJson);
    }

    /** Whose account the scenarios used; unknown if no scenario started the target. */
    static RunAccount account(Optional<Target> target) {
        return target.map(t -> t.reportedAccount().map(RunAccount::of).orElseGet(RunAccount::perScenarioAccounts))
                .orElseGet(RunAccount::unknown);
    }

    /** What run.json says about a run (read by {@link dev.connectconformance.report.RunInfo}). */
    public static ObjectNode runJson(TargetSettings settings, RunAccount account, Instant startedAt,
                                     Instant finishedAt) {
        ObjectNode run = JSON.createObjectNode();
        run.put("label", settings.label());
        run.put("target", settings.target());
        run.putObject("regions").put("source", settings.sourceRegion()).put("replica", settings.replicaRegion());
        account.writeTo(run);
        run.put("startedAt", startedAt.toString());
        run.put("finishedAt", finishedAt.toString());
        // whether scenarios that change resources ran: always on the simulator's throw-away accounts, on a real
        // account only when allowed
        run.put("allowChanges", !settings.isAws() || settings.allowChanges());
        return run;
    }

    private void writeRunJson(TestRunFinished event) {
        ObjectNode run = runJson(settings, account(Targets.ifStarted()), startedAt, event.getInstant());
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve("run.json").toFile(), run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve("run.json"), e);
        }
    }
}
