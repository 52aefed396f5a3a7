package dev.connectconformance.simulator.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The ClientTokens an account has used within the retention window, each with a digest of the request it came
 * with and the response it got. A token replays its first response for the whole window (on the simulator
 * clock), and is forgotten only when the window has passed: the ledger never drops a live token to make room,
 * because a replay of a dropped token would act a second time. When it holds {@code capacity} live tokens, a
 * request with a new token is refused ({@link Outcome#FULL}) until the oldest expire. Tokens and requests are
 * kept as 128-bit digests, so an entry costs the same whatever the caller sent. Guarded by the account's lock.
 */
public final class IdempotencyLedger {

    /** How long a token is remembered, on the simulator clock. */
    public static final Duration RETENTION = Duration.ofHours(8);

    /** What the ledger says about a request that carries a token. */
    public enum Kind { NEW, REPLAY, MISMATCH, FULL }

    /** {@code response} (the JSON text answered first, empty for no body) is set for a replay. */
    public record Outcome(Kind kind, String response) {
        static final Outcome NEW = new Outcome(Kind.NEW, null);
        static final Outcome MISMATCH = new Outcome(Kind.MISMATCH, null);
        static final Outcome FULL = new Outcome(Kind.FULL, null);
    }

    private record Digest(long high, long low) {
    }

    private record Entry(Digest token, Digest request, String response, Instant expires) {
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(IdempotencyLedger::sha256);

    private final int capacity;
    private final Duration retention;
    private final Map<Digest, Entry> byToken = new HashMap<>();
    /** Entries in the order they were remembered, which is also the order they expire in. */
    private final Deque<Entry> byAge = new ArrayDeque<>();

    IdempotencyLedger(int capacity, Duration retention) {
        this.capacity = capacity;
        this.retention = retention;
    }

    public int capacity() {
        return capacity;
    }

    public Duration retention() {
        return retention;
    }

    /** What to do with a request carrying {@code token}; {@code request} identifies the request without it. */
    public Outcome check(String token, String request, Instant now) {
        expire(now);
        Entry seen = byToken.get(digest(token));
        if (seen != null) {
            return seen.request().equals(digest(request)) ? new Outcome(Kind.REPLAY, seen.response())
                    : Outcome.MISMATCH;
        }
        return byToken.size() >= capacity ? Outcome.FULL : Outcome.NEW;
    }

    /** Remembers the response to a token that {@link #check} found {@link Kind#NEW}. */
    public void remember(String token, String request, String response, Instant now) {
        Entry entry = new Entry(digest(token), digest(request), response, now.plus(retention));
        if (byToken.putIfAbsent(entry.token(), entry) == null) {
            byAge.addLast(entry);
        }
    }

    /** Live tokens held now. */
    public int size(Instant now) {
        expire(now);
        return byToken.size();
    }

    private void expire(Instant now) {
        while (!byAge.isEmpty() && !now.isBefore(byAge.peekFirst().expires())) {
            byToken.remove(byAge.removeFirst().token());
        }
    }

    private static Digest digest(String text) {
        ByteBuffer hash = ByteBuffer.wrap(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
        return new Digest(hash.getLong(), hash.getLong());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
