package dev.connectconformance.suite.target;

import java.util.Optional;

/**
 * The one target of a suite run, shared by all scenarios (each scenario's own state is injected separately):
 * created on first use from the system properties, closed when the JVM ends.
 */
public final class Targets {

    private static Target current;

    private Targets() {
    }

    public static synchronized Target current() {
        if (current == null) {
            TargetSettings settings = TargetSettings.fromSystemProperties();
            Target target = settings.isAws() ? new AwsTarget(settings) : new SimulatorTarget(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(target::close, "conformance-target-close"));
            current = target;
        }
        return current;
    }

    /** The target if a scenario already started it (the run report must not start a simulator just to close). */
    public static synchronized Optional<Target> ifStarted() {
        return Optional.ofNullable(current);
    }
}
