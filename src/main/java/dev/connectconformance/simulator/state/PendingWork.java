package dev.connectconformance.simulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Asynchronous work of one account (claims, moves, replication, TDG lifecycle), due at a time on the
 * simulator clock. Work is applied lazily, in due order (ties in the order scheduled), when a request or an
 * admin call settles the account, so advancing the clock needs no background thread. Guarded by the account's
 * lock.
 */
final class PendingWork {

    private record Scheduled(long sequence, PendingEffect effect) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled other) {
            int byDue = effect.due().compareTo(other.effect.due());
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private long nextSequence;

    void schedule(PendingEffect effect) {
        queue.add(new Scheduled(nextSequence++, effect));
    }

    /** Applies every effect due at or before {@code now}; an effect may schedule further work. */
    void settle(Instant now, AccountState account) {
        while (!queue.isEmpty() && !queue.peek().effect().due().isAfter(now)) {
            queue.poll().effect().applyTo(account);
        }
    }

    /** The work still to do, in the order it will be applied. */
    List<PendingEffect> inOrder() {
        List<Scheduled> sorted = new ArrayList<>(queue);
        sorted.sort(null);
        return sorted.stream().map(Scheduled::effect).toList();
    }

    int size() {
        return queue.size();
    }
}
