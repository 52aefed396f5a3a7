package dev.connectconformance.simulator.server;

import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.http.HttpURI;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.HttpConfiguration;
import wiremock.org.eclipse.jetty.server.Request;

/**
 * Keeps Connect requests out of the admin API. With the lenient URI handling, Jetty decodes {@code %2F} and then
 * resolves dot segments, so {@code /phone-number/..%2F__admin%2Fconnect%2Freset} would be dispatched to
 * WireMock's admin handler (which happened to answer an empty 404). Only a request whose raw path starts with
 * the admin prefix may reach it; any other is refused as malformed, in the AWS error shape.
 */
final class AdminPathGuard implements HttpConfiguration.Customizer {

    private static final String ADMIN_PREFIX = "/__admin";

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        HttpURI uri = request.getHttpURI();
        String decoded = uri.getDecodedPath();
        String raw = uri.getPath();
        if (decoded != null && decoded.startsWith(ADMIN_PREFIX) && (raw == null || !raw.startsWith(ADMIN_PREFIX))) {
            throw new BadMessageException(400, "the path resolves into the simulator's admin API only after "
                    + "decoding and dot-segment removal; Connect ids in paths cannot climb out of their segment");
        }
    }
}
