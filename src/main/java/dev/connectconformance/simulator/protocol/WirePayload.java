package dev.connectconformance.simulator.protocol;

/**
 * The body of the request this thread is serving as it came off the wire, before its Content-Encoding was undone,
 * and that Content-Encoding: what a SigV4 signature covers. The simulator's edge reads and decodes the body itself
 * and sets this around the call into WireMock (which runs the dispatcher on the same thread); WireMock's request
 * offers no attribute to carry it, and a header could be forged. Absent on a user's WireMockServer, where the
 * decoded body is all there is.
 */
public final class WirePayload {

    private record Wire(byte[] body, String contentEncoding) {
    }

    private static final ThreadLocal<Wire> CURRENT = new ThreadLocal<>();

    private WirePayload() {
    }

    /** @param contentEncoding the request's Content-Encoding header, or null */
    public static void set(byte[] body, String contentEncoding) {
        CURRENT.set(new Wire(body, contentEncoding));
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The wire bytes of the current request, or {@code decoded} when no edge recorded them. */
    static byte[] bodyOr(byte[] decoded) {
        Wire wire = CURRENT.get();
        return wire != null ? wire.body() : decoded;
    }

    /** The Content-Encoding the edge removed before WireMock saw the request, or {@code seen} when none did. */
    static String contentEncodingOr(String seen) {
        Wire wire = CURRENT.get();
        return wire != null ? wire.contentEncoding() : seen;
    }
}
