package dev.connectconformance.suite.plugin;

import dev.connectconformance.report.RunsDirectory;
import io.cucumber.core.plugin.HtmlFormatter;
import io.cucumber.core.plugin.JUnitFormatter;
import io.cucumber.core.plugin.MessageFormatter;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cucumber's own outputs of one run in one folder: the message stream (cucumber.ndjson), the html report
 * (cucumber.html) and junit xml (junit.xml), written by Cucumber's formatters from the stream in which features are
 * named by their path under features/ ({@link RelativeFeatureUris}).
 */
public final class CucumberFiles implements ConcurrentEventListener {

    public static final String JUNIT_FILE = "junit.xml";

    private final Path directory;

    public CucumberFiles(Path directory) {
        this.directory = directory;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        EventPublisher relative = new EnvelopeRewritingPublisher(publisher, new RelativeFeatureUris());
        try {
            Files.createDirectories(directory);
            new MessageFormatter(open(RunsDirectory.MESSAGES_FILE)).setEventPublisher(relative);
            new HtmlFormatter(open(RunsDirectory.HTML_FILE)).setEventPublisher(relative);
            new JUnitFormatter(open(JUNIT_FILE)).setEventPublisher(relative);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run files into " + directory, e);
        }
    }

    private OutputStream open(String file) throws IOException {
        return Files.newOutputStream(directory.resolve(file));
    }
}
