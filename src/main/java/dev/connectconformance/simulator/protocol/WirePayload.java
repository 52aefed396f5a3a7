package dev.connectconformance.simulator.protocol;

/**
 * The body of the request this thread is serving as it came off the wire, before Content-Encoding was undone:
 * what a SigV4 signature covers. The simulator's edge reads the body itself and sets this around the call into
 * WireMock (which runs the dispatcher on the same thread); WireMock's request offers no attribute to carry it,
 * and a header could be forged. Absent on a user's WireMockServer, where the decoded body is all there is.
 */
public final class WirePayload {

    private static final ThreadLocal<byte[]> CURRENT = new ThreadLocal<>();

    private WirePayload() {
    }

    public static void set(byte[] wire) {
        CURRENT.set(wire);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The wire bytes of the current request, or {@code decoded} when no edge recorded them. */
    static byte[] orElse(byte[] decoded) {
        byte[] wire = CURRENT.get();
        return wire != null ? wire : decoded;
    }
}
