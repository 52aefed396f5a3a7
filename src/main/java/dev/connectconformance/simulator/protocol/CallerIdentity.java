package dev.connectconformance.simulator.protocol;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who calls and where: the region is the one in the SigV4 credential scope (so a client configured for
 * us-west-2 "calls the us-west-2 endpoint"), the account is the access key id when that is 12 digits.
 * By default the signature itself is not verified: the simulator trusts any key, as a local emulator should.
 * Given access keys ({@code --credentials}), it verifies signatures and the account is the key's
 * ({@link SignatureVerifier}).
 */
public record CallerIdentity(String accountId, String region) {

    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request");
    private static final Pattern ACCOUNT_KEY = Pattern.compile("\\d{12}");

    /**
     * Reads the identity from an Authorization header or, for presigned URLs, the X-Amz-Credential query
     * parameter. Empty when neither carries a SigV4 credential scope.
     */
    public static Optional<CallerIdentity> fromCredentialScope(String authorization, String queryCredential,
                                                               String defaultAccount) {
        String source = authorization != null ? authorization
                : queryCredential != null ? "Credential=" + queryCredential : null;
        if (source == null || (authorization != null && !authorization.startsWith("AWS4-HMAC-SHA256"))) {
            return Optional.empty();
        }
        Matcher m = CREDENTIAL.matcher(source);
        if (!m.find()) {
            return Optional.empty();
        }
        String accessKey = m.group(1);
        String account = ACCOUNT_KEY.matcher(accessKey).matches() ? accessKey : defaultAccount;
        return Optional.of(new CallerIdentity(account, m.group(3)));
    }
}
