package dev.connectconformance.simulator.protocol;

import dev.connectconformance.simulator.security.HostNames;
import dev.connectconformance.simulator.security.SigningCredentials;
import dev.connectconformance.simulator.security.SigningCredentials.Key;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.internal.signer.CredentialScope;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4Properties;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4RequestSigner;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4RequestSigningResult;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.utils.BinaryUtils;

/**
 * Checks SigV4 the way AWS does, when the simulator was given access keys ({@code --credentials}): the key must be
 * known, the credential scope must name Connect and the request's date, the request time must be within 5 minutes
 * of now (or, presigned, not past its expiry), and the signature must be the one the AWS SDK's own SigV4 request
 * signer computes over the same request with the key's secret. (That signer is internal to the SDK, and may move
 * when the SDK is upgraded; the public one always adds and signs x-amz-content-sha256, so it cannot check a
 * request that did not sign it, such as the AWS CLI's.) Refusals carry AWS's codes and messages, a mismatch also
 * the canonical request expected, so a client's signing bug shows up here first rather than on AWS.
 */
public final class SignatureVerifier {

    static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String CONTENT_SHA256 = "x-amz-content-sha256";
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final String SERVICE = "connect";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final List<String> PRESIGN_PARAMETERS = List.of("X-Amz-Algorithm", "X-Amz-Credential",
            "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature");

    /** A request the signature check turns away, with AWS's status, code and message. */
    public record Refusal(int status, String code, String message) {
    }

    private record Signed(String accessKeyId, String scopeDate, String region, String service, String terminator,
                          List<String> signedHeaders, String signature, String amzDate, Duration expires) {
    }

    private final SigningCredentials credentials;
    private final Clock clock;

    public SignatureVerifier(SigningCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The verified caller, or the refusal. */
    public Result verify(ApiCall call) {
        Signed signed;
        try {
            signed = read(call);
        } catch (IllegalArgumentException incomplete) {
            return Result.refused(403, "IncompleteSignatureException", incomplete.getMessage());
        }
        Optional<Key> key = credentials.find(signed.accessKeyId());
        if (key.isEmpty()) {
            return Result.refused(403, "UnrecognizedClientException",
                    "The security token included in the request is invalid.");
        }
        Optional<String> problem = scopeProblem(signed).or(() -> timeProblem(signed));
        if (problem.isPresent()) {
            return Result.refused(403, "InvalidSignatureException", problem.get());
        }
        Optional<String> mismatch = signatureMismatch(call, signed, key.get());
        if (mismatch.isPresent()) {
            return Result.refused(403, "InvalidSignatureException", mismatch.get());
        }
        return Result.verified(new CallerIdentity(key.get().accountId(), signed.region()));
    }

    /** What {@link #verify} found: a caller, or a refusal. */
    public record Result(CallerIdentity caller, Refusal refusal) {
        static Result verified(CallerIdentity caller) {
            return new Result(caller, null);
        }

        static Result refused(int status, String code, String message) {
            return new Result(null, new Refusal(status, code, message));
        }
    }

    // ---- reading the signature ----

    private static Signed read(ApiCall call) {
        String authorization = call.header().apply("Authorization");
        if (authorization != null) {
            return fromHeader(authorization, call.header().apply("X-Amz-Date"));
        }
        Map<String, String> query = new LinkedHashMap<>();
        PRESIGN_PARAMETERS.forEach(name -> query.put(name, call.firstQueryValue(name)));
        if (!ALGORITHM.equals(query.get("X-Amz-Algorithm"))) {
            throw new IllegalArgumentException("Missing Authentication Token");
        }
        for (String name : PRESIGN_PARAMETERS) {
            if (query.get(name) == null) {
                throw new IllegalArgumentException("AWS query-string parameters must include '" + name
                        + "'. Re-examine the query-string parameters.");
            }
        }
        long expires;
        try {
            expires = Long.parseLong(query.get("X-Amz-Expires"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("X-Amz-Expires must be a number of seconds");
        }
        if (expires < 1 || expires > 604_800) {
            throw new IllegalArgumentException("X-Amz-Expires must be between 1 and 604800 seconds");
        }
        return signed(query.get("X-Amz-Credential"), query.get("X-Amz-SignedHeaders"), query.get("X-Amz-Signature"),
                query.get("X-Amz-Date"), Duration.ofSeconds(expires));
    }

    private static Signed fromHeader(String authorization, String amzDate) {
        if (!authorization.startsWith(ALGORITHM + " ")) {
            throw new IllegalArgumentException("Authorization header requires the " + ALGORITHM + " algorithm");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : authorization.substring(ALGORITHM.length() + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        StringBuilder missing = new StringBuilder();
        for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
            if (parts.get(name) == null || parts.get(name).isEmpty()) {
                missing.append("Authorization header requires '").append(name).append("' parameter. ");
            }
        }
        if (amzDate == null) {
            missing.append("Authorization header requires existence of a 'X-Amz-Date' header. ");
        }
        if (missing.length() > 0) {
            throw new IllegalArgumentException(missing + "Authorization=" + shorten(authorization));
        }
        return signed(parts.get("Credential"), parts.get("SignedHeaders"), parts.get("Signature"), amzDate, null);
    }

    private static Signed signed(String credential, String signedHeaders, String signature, String amzDate,
                                 Duration expires) {
        String[] scope = credential.split("/", -1);
        if (scope.length != 5) {
            throw new IllegalArgumentException("Credential should be scoped to a valid region, not '"
                    + shorten(credential) + "'. ");
        }
        List<String> headers = List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
        return new Signed(scope[0], scope[1], scope[2], scope[3], scope[4], headers, signature, amzDate, expires);
    }

    // ---- the checks ----

    private static Optional<String> scopeProblem(Signed signed) {
        if (!signed.service().equals(SERVICE)) {
            return Optional.of("Credential should be scoped to correct service: '" + SERVICE + "'. ");
        }
        if (!signed.terminator().equals("aws4_request")) {
            return Optional.of("Credential should be scoped with a valid terminator: 'aws4_request', not '"
                    + shorten(signed.terminator()) + "'. ");
        }
        if (!signed.signedHeaders().contains("host")) {
            return Optional.of("'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
        if (signed.amzDate().length() < 8 || !signed.amzDate().startsWith(signed.scopeDate())) {
            return Optional.of("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
                    + "HTTP: '" + shorten(signed.scopeDate()) + "' != '"
                    + shorten(signed.amzDate().substring(0, Math.min(8, signed.amzDate().length())))
                    + "', from '" + shorten(signed.amzDate()) + "'.");
        }
        return Optional.empty();
    }

    private Optional<String> timeProblem(Signed signed) {
        Instant signedAt;
        try {
            signedAt = AMZ_DATE.parse(signed.amzDate(), Instant::from);
        } catch (DateTimeParseException e) {
            return Optional.of("X-Amz-Date '" + shorten(signed.amzDate()) + "' is not an ISO-8601 basic date-time, "
                    + "such as 20261202T101500Z");
        }
        Instant now = clock.instant();
        if (signed.expires() != null) {
            Instant expiry = signedAt.plus(signed.expires());
            return now.isAfter(expiry) ? Optional.of("Signature expired: " + AMZ_DATE.format(expiry)
                    + " is now earlier than " + AMZ_DATE.format(now) + " (X-Amz-Date plus X-Amz-Expires).")
                    : signedAt.isAfter(now.plus(ALLOWED_SKEW)) ? Optional.of(notYetCurrent(signedAt, now))
                    : Optional.empty();
        }
        if (signedAt.isBefore(now.minus(ALLOWED_SKEW))) {
            return Optional.of("Signature expired: " + AMZ_DATE.format(signedAt) + " is now earlier than "
                    + AMZ_DATE.format(now.minus(ALLOWED_SKEW)) + " (" + AMZ_DATE.format(now) + " - 5 min.)");
        }
        if (signedAt.isAfter(now.plus(ALLOWED_SKEW))) {
            return Optional.of(notYetCurrent(signedAt, now));
        }
        return Optional.empty();
    }

    private static String notYetCurrent(Instant signedAt, Instant now) {
        return "Signature not yet current: " + AMZ_DATE.format(signedAt) + " is still later than "
                + AMZ_DATE.format(now.plus(ALLOWED_SKEW)) + " (" + AMZ_DATE.format(now) + " + 5 min.)";
    }

    // ---- the expected signature, from the SDK's signer ----

    /**
     * Signs the request again as the client should have, with the SDK's SigV4 request signer: over exactly the
     * headers the client lists (the SDK's public signer would add and sign x-amz-content-sha256, which the AWS CLI,
     * for one, does not send), the path as sent, the query, and the SHA-256 of the body as sent.
     */
    private V4RequestSigningResult expected(ApiCall call, Signed signed, Key key, String contentHash) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(call.method()))
                .protocol("http")
                .host(hostName(call.header().apply("Host")))
                .encodedPath(call.rawPath().isEmpty() ? "/" : call.rawPath());
        call.query().forEach((name, values) -> {
            if (signed.expires() == null || !PRESIGN_PARAMETERS.contains(name)) {
                request.putRawQueryParameter(name, values);
            }
        });
        for (String name : signed.signedHeaders()) {
            String value = name.equals("content-encoding") ? WirePayload.contentEncodingOr(call.header().apply(name))
                    : call.header().apply(name);
            if (value != null) {
                request.putHeader(name, value);
            }
        }
        Instant signedAt = AMZ_DATE.parse(signed.amzDate(), Instant::from);
        V4Properties properties = V4Properties.builder()
                .credentials(AwsCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey()))
                .credentialScope(new CredentialScope(signed.region(), signed.service(), signedAt))
                .signingClock(Clock.fixed(signedAt, ZoneOffset.UTC))
                .doubleUrlEncode(true).normalizePath(true).build();
        if (signed.expires() == null) {
            return V4RequestSigner.create(properties, contentHash).sign(request);
        }
        request.putHeader(CONTENT_SHA256, contentHash); // where the presigning signer reads the hash from
        return V4RequestSigner.presigned(properties, signed.expires()).sign(request);
    }

    private Optional<String> signatureMismatch(ApiCall call, Signed signed, Key key) {
        String contentHash = sha256Hex(WirePayload.bodyOr(call.body()));
        V4RequestSigningResult expected = expected(call, signed, key, contentHash);
        if (matches(expected.getSignature(), signed.signature())) {
            return Optional.empty();
        }
        // A presigned URL may leave its payload unsigned (as S3's do); the canonical request says which it chose.
        if (signed.expires() != null
                && matches(expected(call, signed, key, UNSIGNED_PAYLOAD).getSignature(), signed.signature())) {
            return Optional.empty();
        }
        String canonical = expected.getCanonicalRequest().getCanonicalRequestString();
        String scope = signed.scopeDate() + "/" + signed.region() + "/" + signed.service() + "/aws4_request";
        return Optional.of("The request signature we calculated does not match the signature you provided. Check "
                + "your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n"
                + "The Canonical String for this request should have been\n'" + canonical + "'\n\n"
                + "The String-to-Sign should have been\n'" + ALGORITHM + "\n" + signed.amzDate() + "\n" + scope + "\n"
                + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)) + "'\n" + unsignableHeaders(signed, expected));
    }

    /** The SDK's signer leaves some headers out even when a client signs them; a mismatch then says so. */
    private static String unsignableHeaders(Signed signed, V4RequestSigningResult expected) {
        String listed = String.join(";", signed.signedHeaders());
        String used = expected.getCanonicalRequest().getSignedHeadersString();
        return listed.equals(used) ? "" : "\n(The simulator verifies with the AWS SDK for Java's signer, which signs '"
                + used + "' of the headers this request lists as signed, '" + shorten(listed) + "': it never signs "
                + "user-agent, expect, connection or x-amzn-trace-id, nor a listed header the request does not carry.)";
    }

    private static boolean matches(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return BinaryUtils.toHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Only used when the request did not sign its Host header, which AWS refuses anyway. */
    private static String hostName(String hostHeader) {
        String host = hostHeader == null ? "" : HostNames.hostOf(hostHeader);
        return host.isBlank() || host.contains(":") ? "localhost" : host;
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
