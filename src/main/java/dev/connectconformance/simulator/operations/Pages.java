package dev.connectconformance.simulator.operations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * NextToken pagination. A token is opaque: the position to continue from, sealed with an HMAC over that position
 * and the request's {@link Scope} (operation, account, region and every filter member). A token altered, made
 * up, or taken from another operation, account, region or filter is refused with a 400, never read as a position.
 */
public final class Pages {

    /** Members that move through the pages rather than choose what is listed. */
    private static final Set<String> PAGING_MEMBERS = Set.of("NextToken", "MaxResults");
    private static final byte[] KEY = newKey();
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(Pages::newMac);
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** One page: its items and the token for the next page (null on the last page). */
    public record Page<T>(List<T> items, String nextToken) {
    }

    /** What a token is bound to. */
    public record Scope(String binding) {
    }

    private Pages() {
    }

    /** The scope of a list request: its operation (request type), the caller and every member but the paging ones. */
    public static Scope scope(OperationContext context, SdkPojo request) {
        return scope(context.accountId(), context.region(), request);
    }

    /** The same for a caller outside the Connect operations (the Service Quotas adapter). */
    public static Scope scope(String accountId, String region, SdkPojo request) {
        StringBuilder binding = new StringBuilder(request.getClass().getSimpleName()).append('|')
                .append(accountId).append('|').append(region);
        for (SdkField<?> field : request.sdkFields()) {
            Object value = field.getValueOrDefault(request);
            if (value != null && !PAGING_MEMBERS.contains(field.memberName())) {
                binding.append('|').append(field.memberName()).append('=').append(value);
            }
        }
        return new Scope(binding.toString());
    }

    /** A page of a list in a stable order, by position. */
    public static <T> Page<T> of(Scope scope, List<T> all, String nextToken, Integer maxResults, int defaultMax) {
        int start = nextToken == null ? 0 : offsetFrom(scope, nextToken);
        int size = maxResults == null ? defaultMax : maxResults;
        int end = (int) Math.min(all.size(), (long) start + size);
        List<T> items = start >= all.size() ? List.of() : List.copyOf(all.subList(start, end));
        return new Page<>(items, end < all.size() ? seal(scope, "o" + end) : null);
    }

    /** A token that says "continue after this key", for lists walked in key order. */
    public static String afterKey(Scope scope, String key) {
        return seal(scope, "k" + key);
    }

    /** The key a token from {@link #afterKey} continues after; null for no token. */
    public static String decodeAfterKey(Scope scope, String token) {
        if (token == null) {
            return null;
        }
        String position = open(scope, token);
        if (!position.startsWith("k")) {
            throw invalid();
        }
        return position.substring(1);
    }

    private static int offsetFrom(Scope scope, String token) {
        String position = open(scope, token);
        if (!position.startsWith("o")) {
            throw invalid();
        }
        return Integer.parseInt(position.substring(1)); // sealed here, so a non-negative int
    }

    private static String seal(Scope scope, String position) {
        byte[] text = position.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(text) + "." + ENCODER.encodeToString(mac(scope, text));
    }

    private static String open(Scope scope, String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            throw invalid();
        }
        try {
            byte[] text = DECODER.decode(token.substring(0, dot));
            byte[] mac = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac, mac(scope, text))) {
                throw invalid();
            }
            return new String(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    private static byte[] mac(Scope scope, byte[] position) {
        Mac mac = MAC.get();
        mac.update(scope.binding().getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] full = mac.doFinal(position);
        byte[] truncated = new byte[MAC_BYTES];
        System.arraycopy(full, 0, truncated, 0, MAC_BYTES);
        return truncated;
    }

    private static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static ConnectError invalid() {
        return ConnectError.invalidParameter("NextToken is not valid for this request: pass the NextToken of the "
                + "previous response to the same request");
    }
}
