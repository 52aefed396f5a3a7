package dev.connectconformance.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the moves of a plan, at most {@code concurrency} at once, in plan order: the one executor behind both
 * {@code migrate --execute} (on the account, real time) and {@code rehearse} (on a twin, the simulator's clock).
 * A stop (Ctrl-C) lets the moves in flight finish, starts no new one, and {@link #recordInFlight} journals those
 * still running when the process must end; a rerun with the same journal resumes them.
 */
public final class PlanExecutor {

    private final Execution execution;
    private final int concurrency;
    private final StopSignal stop;
    private final Map<String, Move> inFlight = new ConcurrentHashMap<>();
    private volatile ExecutorService workers;

    public PlanExecutor(Execution execution, int concurrency, StopSignal stop) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        this.execution = execution;
        this.concurrency = concurrency;
        this.stop = stop;
    }

    /** The outcome of every move, in plan order. */
    public List<MoveOutcome> run(List<Move> moves, String planDigest, String planName, String mode)
            throws InterruptedException {
        MigrationJournal journal = execution.journal();
        journal.write(journal.line(JournalStep.RUN_STARTED).put("tdg", execution.groupArn())
                .put("planDigest", planDigest).put("plan", planName).put("mode", mode)
                .put("concurrency", concurrency).put("numbers", moves.size()));
        workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "migration-move");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<MoveOutcome>> futures = new ArrayList<>();
        try {
            for (Move move : moves) {
                futures.add(workers.submit(() -> runOne(move)));
            }
            List<MoveOutcome> outcomes = new ArrayList<>();
            for (Future<MoveOutcome> future : futures) {
                outcomes.add(outcomeOf(future));
            }
            journal.write(journal.line(JournalStep.RUN_FINISHED).put("moved", count(outcomes, MoveResult.MOVED))
                    .put("flowLost", count(outcomes, MoveResult.FLOW_LOST))
                    .put("failed", count(outcomes, MoveResult.FAILED))
                    .put("blocked", count(outcomes, MoveResult.BLOCKED))
                    .put("notStarted", count(outcomes, MoveResult.NOT_STARTED)));
            return outcomes;
        } finally {
            workers.shutdownNow();
        }
    }

    /** Starts no further move; the ones in flight go on. */
    public void stop() {
        stop.stop();
    }

    /**
     * For a process about to end (Ctrl-C): waits up to {@code graceMillis} for the moves in flight, then journals
     * each one still running as interrupted.
     */
    public void recordInFlight(long graceMillis) throws InterruptedException {
        stop.stop();
        ExecutorService running = workers;
        if (running != null) {
            running.shutdown();
            running.awaitTermination(graceMillis, TimeUnit.MILLISECONDS);
        }
        for (Move move : inFlight.values()) {
            execution.journal().write(execution.journal().line(JournalStep.INTERRUPTED, move.resource())
                    .put("phoneNumber", move.phoneNumber()));
            execution.progress().say("line " + move.line() + "  " + move.label() + "  interrupted in flight; "
                    + "rerun with the same journal to resume");
        }
    }

    private MoveOutcome runOne(Move move) throws InterruptedException {
        if (!stop.tryStart()) {
            return MoveOutcome.of(move, MoveResult.NOT_STARTED, "not started: the run was stopped", Map.of());
        }
        inFlight.put(move.resource(), move);
        try {
            return new NumberMove(execution).run(move);
        } finally {
            inFlight.remove(move.resource());
        }
    }

    private static MoveOutcome outcomeOf(Future<MoveOutcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static int count(List<MoveOutcome> outcomes, MoveResult result) {
        return (int) outcomes.stream().filter(o -> o.result() == result).count();
    }
}
