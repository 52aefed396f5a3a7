package dev.connectconformance.simulator.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Decodes a body only as its Content-Encoding says, and stops at the limit plus one byte, so a gzip bomb
 * inflates to at most the limit. A decoded body that still starts with the gzip magic is refused too: WireMock
 * would inflate it again, without a limit, because it looks at the bytes rather than the header.
 */
final class ContentDecoding {

    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;

    private ContentDecoding() {
    }

    /** Refuses encodings the simulator does not decode before any body is read. */
    static Refusal unsupported(String contentEncoding) {
        if (contentEncoding == null || isIdentity(contentEncoding) || isGzip(contentEncoding)) {
            return null;
        }
        return Refusal.closing(415, "InvalidRequestException", "Content-Encoding '" + shorten(contentEncoding)
                + "' is not supported; send the body as it is, or gzip-compressed with Content-Encoding: gzip");
    }

    /** The body as the application sees it; throws the refusal when it is too large once decoded or broken. */
    static byte[] decode(String contentEncoding, byte[] wire, int limit) throws RefusedException {
        byte[] decoded = contentEncoding != null && isGzip(contentEncoding) ? gunzip(wire, limit) : wire;
        if (decoded.length >= 2 && (decoded[0] & 0xff) == GZIP_MAGIC_0 && (decoded[1] & 0xff) == GZIP_MAGIC_1) {
            throw new RefusedException(Refusal.malformedBody("The request body is gzip-compressed data"
                    + (decoded == wire ? " but its Content-Encoding does not say so" : " inside gzip")
                    + "; the body must be JSON"));
        }
        return decoded;
    }

    private static byte[] gunzip(byte[] wire, int limit) throws RefusedException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(wire), 8192)) {
            BodyBuffer out = new BodyBuffer(limit, -1);
            byte[] chunk = new byte[8192];
            for (int n; (n = in.read(chunk)) >= 0; ) {
                if (!out.append(chunk, n)) {
                    throw new RefusedException(Refusal.bodyTooLarge(-1, limit));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new RefusedException(Refusal.malformedBody("The request body is not valid gzip data, as its "
                    + "Content-Encoding says it is: " + e.getMessage()));
        }
    }

    private static boolean isGzip(String encoding) {
        String value = encoding.trim().toLowerCase(Locale.ROOT);
        return value.equals("gzip") || value.equals("x-gzip");
    }

    private static boolean isIdentity(String encoding) {
        String value = encoding.trim().toLowerCase(Locale.ROOT);
        return value.isEmpty() || value.equals("identity");
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
