package dev.connectconformance.simulator.server;

import java.util.Arrays;

/**
 * A request body as it comes off the wire, never more than the limit: the byte that would pass it is refused
 * instead of stored, so a 300 MB body costs at most the limit in memory before its 413.
 */
final class BodyBuffer {

    private final int limit;
    private byte[] bytes;
    private int size;

    /** @param expected the Content-Length, or -1 when the body is chunked or its length unknown */
    BodyBuffer(int limit, long expected) {
        this.limit = limit;
        this.bytes = new byte[expected >= 0 ? (int) Math.min(expected, limit) : Math.min(limit, 8192)];
    }

    /** Adds what was read; false (and nothing added) when that would pass the limit. */
    boolean append(byte[] chunk, int length) {
        if (length > limit - size) {
            return false;
        }
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(size + length, 2L * bytes.length)));
        }
        System.arraycopy(chunk, 0, bytes, size, length);
        size += length;
        return true;
    }

    int size() {
        return size;
    }

    int limit() {
        return limit;
    }

    /** The array itself, for reading straight into it up to a known length (see {@link #filled}). */
    byte[] array() {
        return bytes;
    }

    void filled(int length) {
        size += length;
    }

    byte[] toByteArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
}
