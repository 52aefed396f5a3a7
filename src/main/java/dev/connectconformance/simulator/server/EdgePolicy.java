package dev.connectconformance.simulator.server;

import dev.connectconformance.simulator.config.EdgeSettings;
import dev.connectconformance.simulator.config.Limits;
import dev.connectconformance.simulator.security.AdminAccess;
import dev.connectconformance.simulator.security.BrowserOrigins;
import java.time.Duration;

/**
 * What the simulator's own server enforces before WireMock sees a request: who may use the admin API, which web
 * origins may call the API, how large a body may be, and how long it may take to arrive.
 */
public record EdgePolicy(int maxBodyBytes, Duration bodyTimeout, AdminAccess admin, BrowserOrigins origins) {

    /** A body not complete after this is refused with a 408, whatever the pace it trickles in at. */
    public static final Duration BODY_TIMEOUT = Duration.ofSeconds(30);

    /** @param edge with the admin token already decided (generated when the bind needs one) */
    public static EdgePolicy of(EdgeSettings edge, Limits limits) {
        return new EdgePolicy(limits.maxRequestBodyBytes(), BODY_TIMEOUT,
                new AdminAccess(edge.bindAddress(), edge.adminToken()), new BrowserOrigins(edge.allowedOrigins()));
    }
}
