package dev.connectconformance.simulator.server;

import dev.connectconformance.simulator.SimulatorSettings;
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

    /** @param settings with the admin token already decided (generated when the bind needs one) */
    public static EdgePolicy of(SimulatorSettings settings) {
        return new EdgePolicy(settings.maxRequestBodyBytes(), BODY_TIMEOUT,
                new AdminAccess(settings.bindAddress(), settings.adminToken()),
                new BrowserOrigins(settings.allowedOrigins()));
    }
}
