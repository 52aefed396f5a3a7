package dev.connectconformance.suite;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the feature suite through the JUnit Platform outside Maven: the features bundled in the jar (classpath
 * {@code features/}) or a folder of the user's. The Cucumber configuration is the one the Maven runner uses;
 * {@code cucumber.*} system properties override it (tags, glue, features), like under Maven. The target is
 * chosen by the {@code conformance.*} system properties (see {@code TargetSettings}).
 */
public final class SuiteLauncher {

    /** The Cucumber configuration of the feature suite, a classpath resource. */
    public static final String CONFIGURATION = "dev/connectconformance/suite/suite.properties";

    /** Where the jar carries its copy of {@code features/}. */
    public static final String BUNDLED_FEATURES = "features";

    private SuiteLauncher() {
    }

    /** The suite's outcome: scenarios found, failed and skipped (aborted counts as skipped). */
    public record Outcome(long found, long failed, long skipped, List<String> suiteErrors) {
        public long succeeded() {
            return found - failed - skipped;
        }

        public boolean passed() {
            return failed == 0;
        }
    }

    /** Runs the bundled features, or those in {@code featuresDirectory} when given. */
    public static Outcome run(Optional<Path> featuresDirectory) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(featuresDirectory.<DiscoverySelector>map(dir -> selectDirectory(dir.toFile()))
                        .orElseGet(() -> selectPackage(BUNDLED_FEATURES)))
                .filters(includeEngines("cucumber"))
                .configurationParameters(configuration())
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        TestExecutionSummary result = summary.getSummary();
        // a failure outside any scenario (discovery, a plugin, the target) is not in Cucumber's own summary
        List<String> suiteErrors = result.getFailures().stream()
                .filter(failure -> failure.getTestIdentifier().isContainer())
                .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
                .toList();
        return new Outcome(result.getTestsFoundCount(), result.getTotalFailureCount(),
                result.getTestsSkippedCount() + result.getTestsAbortedCount(), suiteErrors);
    }

    /** The bundled configuration, with any {@code cucumber.*} system property taking precedence. */
    static Map<String, String> configuration() {
        Properties bundled = new Properties();
        try (InputStream in = SuiteLauncher.class.getClassLoader().getResourceAsStream(CONFIGURATION)) {
            if (in == null) {
                throw new IllegalStateException("the suite configuration is missing from the classpath: " + CONFIGURATION);
            }
            bundled.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIGURATION, e);
        }
        Map<String, String> configuration = new HashMap<>();
        bundled.stringPropertyNames().forEach(name -> configuration.put(name, bundled.getProperty(name)));
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("cucumber."))
                .forEach(name -> configuration.put(name, System.getProperty(name)));
        return configuration;
    }

    /**
     * Entry point for a child JVM (AwsTargetIT): the features of the folder given as the argument, else the bundled
     * ones; {@code -Dcucumber.features} overrides both.
     */
    public static void main(String[] args) {
        Outcome outcome = run(args.length > 0 ? Optional.of(Path.of(args[0])) : Optional.empty());
        outcome.suiteErrors().forEach(System.out::println);
        System.out.printf("suite: found=%d succeeded=%d failed=%d skipped=%d%n", outcome.found(), outcome.succeeded(),
                outcome.failed(), outcome.skipped());
        System.exit(outcome.passed() ? 0 : 1);
    }
}
