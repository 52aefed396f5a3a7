package dev.connectconformance.suite.plugin;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test probe: what a plugin that simply read cucumber.ndjson on TestRunFinished would find there. Shows why
 * ConformancePagePlugin keeps the run's messages itself.
 */
final class NdjsonAtTestRunFinished implements ConcurrentEventListener {

    static volatile String seen;
    private final Path ndjson;

    NdjsonAtTestRunFinished(Path ndjson) {
        this.ndjson = ndjson;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunFinished.class, event -> {
            try {
                seen = Files.readString(ndjson);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
