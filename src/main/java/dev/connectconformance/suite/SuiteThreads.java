package dev.connectconformance.suite;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfigurationStrategy;

/**
 * How many scenarios run at once: {@code -Dconformance.threads=N} (the jar: {@code run --threads N}), else one per
 * processor. The pool never grows beyond that: on the simulator every worker thread starts a simulator of its own.
 * Named by {@code cucumber.execution.parallel.config.custom.class} in the suite's configuration.
 */
public final class SuiteThreads implements ParallelExecutionConfigurationStrategy {

    public static final String PROPERTY = "conformance.threads";

    private static final int KEEP_ALIVE_SECONDS = 30;

    @Override
    public ParallelExecutionConfiguration createConfiguration(ConfigurationParameters ignored) {
        return new Fixed(threads());
    }

    /** The threads asked for, or the processors of this machine. */
    public static int threads() {
        String asked = System.getProperty(PROPERTY, "").trim();
        if (asked.isEmpty()) {
            return Runtime.getRuntime().availableProcessors();
        }
        return parse(asked);
    }

    /** A positive whole number, or an error that says what was wrong. */
    public static int parse(String threads) {
        try {
            int value = Integer.parseInt(threads.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the setting's name
        }
        throw new IllegalArgumentException(PROPERTY + " must be a whole number of at least 1, not '" + threads + "'");
    }

    /** {@code threads} workers, no more, and no extra threads when they all wait (they would need simulators too). */
    private record Fixed(int threads) implements ParallelExecutionConfiguration {

        @Override
        public int getParallelism() {
            return threads;
        }

        @Override
        public int getMinimumRunnable() {
            return threads;
        }

        @Override
        public int getMaxPoolSize() {
            return threads;
        }

        @Override
        public int getCorePoolSize() {
            return threads;
        }

        @Override
        public int getKeepAliveSeconds() {
            return KEEP_ALIVE_SECONDS;
        }

        @Override
        public Predicate<? super ForkJoinPool> getSaturatePredicate() {
            return pool -> true;
        }
    }
}
