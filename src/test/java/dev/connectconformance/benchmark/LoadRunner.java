package dev.connectconformance.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} threads each send one request, wait for its answer, and send the next, until
 * the time is up or each has sent {@code maxPerClient}. Bounded both ways, so a slow server cannot stall a run.
 */
final class LoadRunner {

    /** Builds the n-th request of client c (requests may differ per client and call, e.g. a fresh ClientToken). */
    @FunctionalInterface
    interface RequestSource {
        HttpRequest request(int client, long n);
    }

    private final HttpClient http;

    LoadRunner(HttpClient http) {
        this.http = http;
    }

    LoadResult run(int clients, RequestSource source, Duration duration, int maxPerClient) {
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[maxPerClient];
            latencies.add(mine);
            int client = c;
            threads.add(new Thread(() -> {
                await(start);
                long deadline = System.nanoTime() + duration.toNanos();
                int n = 0;
                while (n < maxPerClient && System.nanoTime() < deadline) {
                    HttpRequest request = source.request(client, n);
                    long t0 = System.nanoTime();
                    String failure = send(request);
                    mine[n++] = System.nanoTime() - t0;
                    if (failure != null) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, failure);
                    }
                }
                counts[client] = n;
            }));
        }
        threads.forEach(Thread::start);
        long began = System.nanoTime();
        start.countDown();
        threads.forEach(LoadRunner::join);
        long elapsed = System.nanoTime() - began;
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return LoadResult.of(failures.get(), firstFailure.get(), elapsed, all);
    }

    /** Null for a 200; otherwise what went wrong, so that a table can say which kind of failure it saw. */
    private String send(HttpRequest request) {
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? null : "HTTP " + status + " to " + request.method() + " " + request.uri().getPath();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + " (" + e.getMessage() + ") on " + request.uri().getPath();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
