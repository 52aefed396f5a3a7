package dev.connectconformance.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the feature suite outside Maven, in a JVM of its own (AwsTargetIT starts it with a real-account style
 * environment). Configuration comes from system properties, like under Maven; the exit code is 0 only when no
 * scenario failed.
 */
public final class SuiteLauncher {

    private SuiteLauncher() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ConformanceSuite.class)).build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, summary);
        TestExecutionSummary result = summary.getSummary();
        System.out.printf("suite: found=%d succeeded=%d failed=%d skipped=%d%n",
                result.getTestsFoundCount(), result.getTestsSucceededCount(), result.getTotalFailureCount(),
                result.getTestsSkippedCount() + result.getTestsAbortedCount());
        System.exit(result.getTotalFailureCount() == 0 ? 0 : 1);
    }
}
