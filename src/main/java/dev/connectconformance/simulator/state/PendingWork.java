package dev.connectconformance.simulator.state;

import java.time.Instant;
import java.util.PriorityQueue;

/**
 * Asynchronous work of one account (claims, moves, replication, TDG lifecycle), due at a time on the
 * simulator clock. Work is applied lazily, in due order, when a request or an admin call settles the account,
 * so advancing the clock needs no background thread. Guarded by the account's lock.
 */
final class PendingWork {

    private record Scheduled(Instant due, long sequence, Runnable effect) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private long nextSequence;

    void schedule(Instant due, Runnable effect) {
        queue.add(new Scheduled(due, nextSequence++, effect));
    }

    /** Applies every effect due at or before {@code now}; an effect may schedule further work. */
    void settle(Instant now) {
        while (!queue.isEmpty() && !queue.peek().due().isAfter(now)) {
            queue.poll().effect().run();
        }
    }

    int size() {
        return queue.size();
    }
}
