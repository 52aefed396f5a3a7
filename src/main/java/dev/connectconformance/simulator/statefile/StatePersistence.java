package dev.connectconformance.simulator.statefile;

import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a simulator's state in a file ({@code --state-file}): a background thread writes the file when the state
 * may have changed, at most once per interval, and {@link #close()} writes it a last time. A crash therefore
 * loses at most about one interval of answered requests; a clean stop loses nothing.
 */
public final class StatePersistence implements AutoCloseable {

    /** How often the state is written at most. */
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(StatePersistence.class.getName());

    /** What the file was written from: moves with every request, reset, load, quota change and clock move. */
    private record Version(long changes, Duration clockOffset) {
    }

    private final ConnectStore store;
    private final SimulatorClock clock;
    private final Path file;
    private final ScheduledExecutorService writer;
    private Version written;

    private StatePersistence(ConnectStore store, SimulatorClock clock, Path file) {
        this.store = store;
        this.clock = clock;
        this.file = file;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "connect-simulator-state-file");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Writes {@code file} now (so a file that cannot be written stops the start, not a later change) and then in
     * the background.
     */
    public static StatePersistence start(ConnectStore store, SimulatorClock clock, Path file) {
        StatePersistence persistence = new StatePersistence(store, clock, file);
        try {
            persistence.writeIfChanged();
        } catch (IOException e) {
            persistence.writer.shutdown();
            throw new StateFileException("state file " + file + " cannot be written: " + e.getMessage(), e);
        }
        persistence.writer.scheduleWithFixedDelay(persistence::writeInBackground, INTERVAL.toMillis(),
                INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return persistence;
    }

    public Path file() {
        return file;
    }

    private void writeInBackground() {
        try {
            writeIfChanged();
        } catch (IOException | RuntimeException e) {
            // Keep serving: the next change tries again. A full disk must not stop the simulator.
            LOG.log(Level.WARNING, "writing the state file " + file + " failed; will try again", e);
        }
    }

    /** Writes the file when the state may have changed since the last write. */
    synchronized void writeIfChanged() throws IOException {
        Version now = new Version(store.changeCount(), clock.offset());
        if (now.equals(written)) {
            return;
        }
        StateFiles.writeAtomically(file, out -> StateExport.write(store, clock, Optional.empty(), out));
        written = now;
    }

    /** Stops the background writes and writes the state one last time. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
            writeIfChanged();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "writing the state file " + file + " at shutdown failed", e);
        }
    }
}
