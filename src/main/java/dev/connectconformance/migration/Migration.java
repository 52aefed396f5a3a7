package dev.connectconformance.migration;

import dev.connectconformance.account.AccountClients;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code migrate --execute}: refuses to start while readiness finds blockers, runs the plan with the executor,
 * then verifies. Reads go through clients with the SDK's own retries; the moves through clients without them.
 */
public final class Migration {

    /**
     * How a run goes: at most {@code concurrency} numbers at once, the journal file, how to wait, when to stop.
     *
     * @param started called with the executor once it exists (Ctrl-C handling holds on to it)
     */
    public record Options(int concurrency, Path journal, Pause pause, StopSignal stop, Progress progress, Clock clock,
                          Consumer<PlanExecutor> started) {

        public static Options of(int concurrency, Path journal, Pause pause) {
            return new Options(concurrency, journal, pause, StopSignal.none(), Progress.silent(), Clock.systemUTC(),
                    executor -> { });
        }

        public Options withStop(StopSignal value) {
            return new Options(concurrency, journal, pause, value, progress, clock, started);
        }

        public Options withProgress(Progress value) {
            return new Options(concurrency, journal, pause, stop, value, clock, started);
        }

        public Options whenStarted(Consumer<PlanExecutor> value) {
            return new Options(concurrency, journal, pause, stop, progress, clock, value);
        }
    }

    private Migration() {
    }

    public static MigrationReport execute(AccountClients reads, AccountClients moves, PreparedPlan prepared,
                                          Options options) throws InterruptedException {
        if (!prepared.blockers().isEmpty()) {
            throw new MigrationRefused(prepared.blockers());
        }
        List<MoveOutcome> outcomes;
        try (MigrationJournal journal = MigrationJournal.appendingTo(options.journal(), options.clock())) {
            PlanExecutor executor = new PlanExecutor(prepared.execution(moves, journal, options.pause(),
                    options.progress()), options.concurrency(), options.stop());
            options.started().accept(executor);
            outcomes = executor.run(prepared.moves(), prepared.planDigest(), prepared.planName(), "execute");
        }
        List<MoveOutcome> verified = Verification.verify(reads, prepared.request(), outcomes);
        return new MigrationReport(prepared.inventory().group().arn(), prepared.inventory().group().name(),
                prepared.inventory().group().regionNames(), prepared.planName(), prepared.planDigest(),
                options.journal().toString(), verified, prepared.tolerated());
    }
}
