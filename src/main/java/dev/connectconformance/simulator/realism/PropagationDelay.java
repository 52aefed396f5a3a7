package dev.connectconformance.simulator.realism;

import dev.connectconformance.simulator.state.AccountState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Eventual consistency on the simulator clock: for {@code delay} after a write, reads see the account as it was
 * before it. Reads see the account as of {@code now - delay}: each write first keeps a copy of the account as it
 * stood, and a read runs on the oldest copy still inside the window (it holds every write older than the delay
 * and none newer), or on the live account settled only up to {@code now - delay}. Writes always see the latest
 * state. Zero delay keeps nothing and costs nothing. Call {@link #beforeWrite} and {@link #visible} while holding
 * the account: its lock guards its copies.
 */
public final class PropagationDelay {

    /** Past this many writes inside one window an account's oldest copy goes: reads then see a newer state early. */
    static final int MAX_COPIES_PER_ACCOUNT = 1_000;
    public static final Duration MAX = Duration.ofHours(1);

    private record Copy(Instant writtenAt, AccountState before) {
    }

    private final Map<String, Deque<Copy>> copies = new ConcurrentHashMap<>();
    private volatile Duration delay;

    public PropagationDelay(Duration delay) {
        this.delay = checked(delay);
    }

    public Duration delay() {
        return delay;
    }

    /** Changes the delay; setting it to zero forgets every kept copy. */
    public void delay(Duration value) {
        delay = checked(value);
        if (value.isZero()) {
            copies.clear();
        }
    }

    public void clear() {
        copies.clear();
    }

    public boolean isOn() {
        return !delay.isZero();
    }

    /** Describe*, List*, Get* and Search* operations read; everything else writes. */
    public static boolean isRead(String operation) {
        return operation.startsWith("Describe") || operation.startsWith("List") || operation.startsWith("Get")
                || operation.startsWith("Search");
    }

    /** The time a read looks at: its asynchronous work is settled up to here, not further. */
    public Instant readTime(Instant now) {
        return now.minus(delay);
    }

    /** Keeps the account as it stands, before a write at {@code now} changes it. */
    public void beforeWrite(AccountState live, Instant now, UnaryOperator<AccountState> copier) {
        if (!isOn()) {
            return;
        }
        Deque<Copy> kept = copies.computeIfAbsent(live.accountId(), id -> new ArrayDeque<>());
        forgetVisible(kept, now);
        if (kept.size() >= MAX_COPIES_PER_ACCOUNT) {
            kept.removeFirst();
        }
        kept.addLast(new Copy(now, copier.apply(live)));
    }

    /** The account a read at {@code now} sees: the oldest copy still inside the window, else the live one. */
    public AccountState visible(AccountState live, Instant now) {
        Deque<Copy> kept = copies.get(live.accountId());
        if (kept == null) {
            return live;
        }
        forgetVisible(kept, now);
        return kept.isEmpty() ? live : kept.peekFirst().before();
    }

    private void forgetVisible(Deque<Copy> kept, Instant now) {
        while (!kept.isEmpty() && !kept.peekFirst().writtenAt().plus(delay).isAfter(now)) {
            kept.removeFirst();
        }
    }

    private static Duration checked(Duration value) {
        if (value.isNegative() || value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("the propagation delay must be between 0 and 1h, not " + value);
        }
        return value;
    }
}
