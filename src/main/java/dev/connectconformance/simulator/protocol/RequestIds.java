package dev.connectconformance.simulator.protocol;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * x-amzn-RequestId values: random version-4 UUIDs, as AWS sends. They only need to be unique, not
 * unpredictable, so they come from ThreadLocalRandom instead of UUID.randomUUID's shared SecureRandom, which
 * every request thread would otherwise queue on.
 */
final class RequestIds {

    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
