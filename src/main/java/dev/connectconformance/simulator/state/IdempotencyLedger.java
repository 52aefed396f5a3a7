package dev.connectconformance.simulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ClientTokens an account has used, with a fingerprint of the request each came with and the response it
 * got. SDKs send a fresh token with every call, so the ledger keeps only the most recent entries.
 */
public final class IdempotencyLedger {

    /** What a token was first used for. */
    public record Entry(String fingerprint, ObjectNode response) {
    }

    private final Map<String, Entry> entries;

    IdempotencyLedger(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    public Optional<Entry> find(String token) {
        return Optional.ofNullable(entries.get(token));
    }

    public void remember(String token, String fingerprint, ObjectNode response) {
        entries.put(token, new Entry(fingerprint, response));
    }
}
