package dev.connectconformance.simulator.security;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Connect API and web pages. AWS clients send no Origin; a browser does, and a hostile page could otherwise
 * claim numbers with a simple cross-site form POST. So a request from a page (an Origin, or Sec-Fetch-Site
 * naming another site) is refused unless its origin was allowed for a web app under test, and only allowed
 * origins get CORS headers.
 */
public final class BrowserOrigins {

    /** What the API lets a page read from an answer besides the body. */
    public static final String EXPOSED_HEADERS = "x-amzn-RequestId, x-amzn-ErrorType, Date";
    public static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";

    private final Set<String> allowed;

    public BrowserOrigins(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().map(BrowserOrigins::normalised).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * An origin as given to {@code --allow-origin}: scheme, host and optional port, nothing else.
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static String normalised(String origin) {
        String trimmed = origin.trim();
        String withoutSlash = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        URI uri;
        try {
            uri = new URI(withoutSlash);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not an origin: '" + origin + "' (e.g. http://localhost:3000)");
        }
        boolean webScheme = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!webScheme || uri.getHost() == null || !uri.getRawPath().isEmpty() || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("not an origin: '" + origin + "' (scheme, host and port only, "
                    + "e.g. http://localhost:3000)");
        }
        return withoutSlash.toLowerCase(Locale.ROOT);
    }

    public boolean isAllowed(String origin) {
        return origin != null && allowed.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** Why an API request is refused as coming from a web page, or empty. Header values may be null. */
    public Optional<String> refusal(String origin, String fetchSite) {
        if (origin != null && !isAllowed(origin)) {
            return Optional.of("Requests from web pages are refused (Origin " + AdminAccess.shorten(origin)
                    + "); to test a web app against the simulator, start it with --allow-origin " + shortOrigin(origin));
        }
        if (origin == null && isCrossSiteFetch(fetchSite)) {
            return Optional.of("Requests from web pages are refused (Sec-Fetch-Site " + AdminAccess.shorten(fetchSite)
                    + ")");
        }
        return Optional.empty();
    }

    /** A browser's word that the request comes from a page of another origin (user-initiated ones say "none"). */
    static boolean isCrossSiteFetch(String fetchSite) {
        return fetchSite != null && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"));
    }

    private static String shortOrigin(String origin) {
        return origin.length() <= 80 && origin.chars().allMatch(c -> c > 32 && c < 127) ? origin : "ORIGIN";
    }
}
