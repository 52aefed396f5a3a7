package dev.connectconformance.cli;

import dev.connectconformance.migration.PlanExecutor;
import dev.connectconformance.migration.Progress;
import java.util.concurrent.atomic.AtomicReference;

/**
 * While {@code migrate --execute} runs, Ctrl-C lets the moves in flight finish for a grace period and journals those
 * still running as interrupted, so a rerun resumes them. A shutdown hook: the JVM ends once it returns.
 */
final class CtrlCRecordsInFlight implements AutoCloseable {

    private final AtomicReference<PlanExecutor> running = new AtomicReference<>();
    private final Thread hook;

    private CtrlCRecordsInFlight(Progress progress, long graceMillis) {
        hook = new Thread(() -> {
            PlanExecutor executor = running.get();
            if (executor != null) {
                progress.say("Stopping: no new moves; waiting up to " + graceMillis / 1000 + " s for the ones in "
                        + "flight");
                try {
                    executor.recordInFlight(graceMillis);
                } catch (InterruptedException | RuntimeException e) {
                    progress.say("could not record the moves in flight: " + e.getMessage());
                }
            }
        }, "migration-ctrl-c");
    }

    static CtrlCRecordsInFlight install(Progress progress, long graceMillis) {
        CtrlCRecordsInFlight ctrlC = new CtrlCRecordsInFlight(progress, graceMillis);
        Runtime.getRuntime().addShutdownHook(ctrlC.hook);
        return ctrlC;
    }

    /** The executor to stop, once the migration has one. */
    void started(PlanExecutor executor) {
        running.set(executor);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came: the hook is running and records what is in flight
        }
    }
}
