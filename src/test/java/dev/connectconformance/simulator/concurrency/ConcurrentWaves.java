package dev.connectconformance.simulator.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Starts {@code threads} workers at the same instant (a latch, not a sleep) and waits for all of them. The wait
 * is bounded only so that a deadlock fails the test instead of hanging the build; nothing is timed.
 */
final class ConcurrentWaves implements AutoCloseable {

    private static final long HANG_GUARD_SECONDS = 60;

    private final ExecutorService pool;
    private final int threads;

    ConcurrentWaves(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** Runs {@code worker} once per thread (given its index), all released together. */
    void run(IntConsumer worker) throws Exception {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            running.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                worker.accept(index);
                return null;
            }));
        }
        ready.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        go.countDown();
        for (Future<?> future : running) {
            future.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
