package dev.connectconformance.simulator.operations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * NextToken pagination over a list in a stable order. Tokens are opaque to callers and carry the position to
 * continue from; a token that was not issued here is refused with a 400.
 */
public final class Pages {

    private static final String PREFIX = "page:";

    /** One page: its items and the token for the next page (null on the last page). */
    public record Page<T>(List<T> items, String nextToken) {
    }

    private Pages() {
    }

    public static <T> Page<T> of(List<T> all, String nextToken, Integer maxResults, int defaultMax) {
        int start = nextToken == null ? 0 : decodeOffset(nextToken);
        int size = maxResults == null ? defaultMax : maxResults;
        int end = Math.min(all.size(), start + size);
        List<T> items = start >= all.size() ? List.of() : List.copyOf(all.subList(start, end));
        return new Page<>(items, end < all.size() ? encode(PREFIX + end) : null);
    }

    /** A token that says "continue after this key", for lists walked in key order. */
    public static String afterKey(String key) {
        return encode("after:" + key);
    }

    public static String decodeAfterKey(String token) {
        String decoded = decode(token);
        if (!decoded.startsWith("after:")) {
            throw invalid();
        }
        return decoded.substring("after:".length());
    }

    private static int decodeOffset(String token) {
        String decoded = decode(token);
        if (!decoded.startsWith(PREFIX)) {
            throw invalid();
        }
        try {
            int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
            if (offset < 0) {
                throw invalid();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ConnectError invalid() {
        return ConnectError.invalidParameter("NextToken is not valid: pass the NextToken of a previous response");
    }
}
