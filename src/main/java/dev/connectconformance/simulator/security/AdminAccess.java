package dev.connectconformance.simulator.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may use the admin API. A web page the developer happens to open must not: it would send a foreign Origin
 * (or Sec-Fetch-Site: cross-site), or, after DNS rebinding, a Host naming the attacker's domain. So an admin
 * request needs a loopback Host or the bound address, no Origin but the simulator's own, and, when a token is
 * configured (always for a non-loopback bind), the token; a valid token also vouches for any Host, since a page
 * cannot know it (a container reached by its service name needs that).
 */
public final class AdminAccess {

    private final String bindAddress;
    private final String token;

    /** @param token the admin token, or null when loopback alone protects the admin API */
    public AdminAccess(String bindAddress, String token) {
        this.bindAddress = bindAddress.toLowerCase(Locale.ROOT);
        this.token = token;
    }

    /** Why the request is refused, or empty when it may go on. Header values may be null. */
    public Optional<String> refusal(String host, String origin, String fetchSite, String authorization) {
        boolean tokenGiven = token != null && AdminToken.isCarriedBy(authorization, token);
        if (token != null && !tokenGiven) {
            return Optional.of("The simulator's admin API requires its admin token: send Authorization: Bearer "
                    + "<token> (the token printed at start, or given with --admin-token)");
        }
        if (host == null || host.isBlank()) {
            return Optional.of("The simulator's admin API requires a Host header");
        }
        String hostName = HostNames.hostOf(host);
        if (!tokenGiven && !isOwnHost(hostName)) {
            return Optional.of("The simulator's admin API answers only requests for a loopback host or "
                    + bindAddress + ", not " + shorten(host) + " (a DNS-rebinding page would send its own name)");
        }
        if (origin != null && !origin.equalsIgnoreCase("http://" + host.trim())) {
            return Optional.of("The simulator's admin API refuses requests from web pages (Origin " + shorten(origin)
                    + ")");
        }
        if (origin == null && BrowserOrigins.isCrossSiteFetch(fetchSite)) {
            return Optional.of("The simulator's admin API refuses requests from web pages (Sec-Fetch-Site "
                    + shorten(fetchSite) + ")");
        }
        return Optional.empty();
    }

    private boolean isOwnHost(String hostName) {
        return HostNames.isLoopbackName(hostName) || hostName.equals(bindAddress);
    }

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
