package dev.connectconformance.simulator.server;

import java.util.Optional;
import java.util.Set;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.org.eclipse.jetty.server.Request;

/**
 * The checks a request passes before its body is read: a method the simulator serves, a path that is the
 * Connect API or one of the admin routes the simulator keeps, a caller the admin API trusts, and no foreign web
 * page. WireMock's own admin routes (stub mappings, files, recordings, settings) write files under the working
 * directory or reconfigure the server; the simulator needs none of them, so they are unreachable.
 */
final class RequestScreen {

    private static final String ADMIN = "/__admin";
    private static final String CONNECT_ADMIN = ADMIN + "/connect";
    /** WireMock's shutdown (which stops the whole standalone process) and its health check stay. */
    private static final Set<String> KEPT_WIREMOCK_ROUTES = Set.of(ADMIN + "/shutdown", ADMIN + "/health");
    /** WireMock serves files from its files root under this path, past every filter. */
    private static final String FILES = "/__files";

    private final EdgePolicy policy;

    RequestScreen(EdgePolicy policy) {
        this.policy = policy;
    }

    /** The Host header, or over HTTP/2 the :authority it replaces; null when the request names no host. */
    static String host(Request base, HttpServletRequest request) {
        String header = request.getHeader("Host");
        if (header != null || base.getHttpURI().getHost() == null) {
            return header;
        }
        int port = base.getHttpURI().getPort();
        String host = base.getHttpURI().getHost();
        return port > 0 ? host + ":" + port : host;
    }

    static boolean isAdmin(Request base) {
        String raw = base.getHttpURI().getPath();
        return raw != null && raw.startsWith(ADMIN);
    }

    Optional<Refusal> check(Request base, HttpServletRequest request) {
        if ("CONNECT".equals(request.getMethod())) {
            return Optional.of(Refusal.closing(400, "InvalidRequestException",
                    "CONNECT is not supported: the simulator is an API endpoint, not a proxy"));
        }
        String raw = base.getHttpURI().getPath();
        String decoded = base.getHttpURI().getDecodedPath();
        if (startsWith(raw, FILES) || startsWith(decoded, FILES)) {
            return Optional.of(Refusal.of(404, "UnknownOperationException",
                    "No Amazon Connect operation matches " + request.getMethod() + " " + shorten(raw)));
        }
        if (!isAdmin(base)) {
            return policy.origins().refusal(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"))
                    .map(message -> Refusal.of(403, "AccessDeniedException", message));
        }
        if (!isKeptAdminRoute(raw) || !isKeptAdminRoute(decoded)) {
            return Optional.of(Refusal.of(404, "UnknownOperationException", shorten(raw) + " is not part of the "
                    + "simulator's admin API (WireMock's stub, file and recording routes are switched off; "
                    + "the simulator's own are under " + CONNECT_ADMIN + "/)"));
        }
        return policy.admin().refusal(host(base, request), request.getHeader("Origin"),
                        request.getHeader("Sec-Fetch-Site"), request.getHeader("Authorization"))
                .map(message -> Refusal.of(403, "AccessDeniedException", message));
    }

    private static boolean isKeptAdminRoute(String path) {
        return path != null && (path.equals(CONNECT_ADMIN) || path.startsWith(CONNECT_ADMIN + "/")
                || KEPT_WIREMOCK_ROUTES.contains(path));
    }

    private static boolean startsWith(String path, String prefix) {
        return path != null && (path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}
