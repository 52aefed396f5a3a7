package dev.connectconformance.simulator.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The secret an admin request must carry when the simulator listens beyond loopback (or when one is configured):
 * {@code Authorization: Bearer <token>}. WireMock's own client sends {@code Token <token>}, which is accepted too.
 */
public final class AdminToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AdminToken() {
    }

    /** 256 random bits, URL-safe, so it can be pasted into a shell or a header as it is. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Checks a configured token before the simulator starts with it. */
    public static String validated(String token) {
        if (token.length() < 16 || token.length() > 512 || !token.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new IllegalArgumentException("an admin token must be 16 to 512 visible ASCII characters");
        }
        return token;
    }

    /** Whether an Authorization header carries the token; compared in constant time. */
    public static boolean isCarriedBy(String authorization, String token) {
        if (authorization == null) {
            return false;
        }
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
        if (!scheme.equals("bearer") && !scheme.equals("token")) {
            return false;
        }
        byte[] given = authorization.substring(space + 1).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }
}
