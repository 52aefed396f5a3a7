package dev.connectconformance.suite.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private void writeRunJson(TestRunFinished event) {
        ObjectNode run = JSON.createObjectNode();
        run.put("label", settings.label());
        run.put("target", settings.target());
        run.putObject("regions").put("source", settings.sourceRegion()).put("replica", settings.replicaRegion());
        // only the account number: never a credential or access key id
        run.put("account", Targets.ifStarted().map(Target::reportedAccount).orElse(null));
        run.put("startedAt", startedAt.toString());
        run.put("finishedAt", event.getInstant().toString());
        run.put("allowChanges", settings.allowChanges());
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve("run.json").toFile(), run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve("run.json"), e);
        }
    }
}
