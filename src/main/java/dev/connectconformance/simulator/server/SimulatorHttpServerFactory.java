package dev.connectconformance.simulator.server;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import wiremock.org.eclipse.jetty.http.UriCompliance;
import wiremock.org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.HttpConfiguration;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.handler.StatisticsHandler;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.FilterMapping;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;
import wiremock.org.eclipse.jetty.servlet.ServletHandler;
import wiremock.org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * WireMock's Jetty, as the simulator needs it. Always: URI checks relaxed (ARNs arrive percent-encoded in paths,
 * and Jetty's HTML 400 would otherwise answer {@code /instance/..%2F..%2Fetc}), AWS-shaped errors for what Jetty
 * still refuses, and no path that reaches the admin API only after decoding ({@link AdminPathGuard}).
 *
 * <p>On the simulator's own server ({@link #hardened}) also the edge: the {@link EdgeHandler} in front of
 * WireMock, no CORS on admin routes, an idle timeout, a cap on HTTP/2 streams per connection, and a graceful
 * stop that answers requests in flight. A user's WireMockServer ({@link #forUserServer}) keeps WireMock's own
 * behaviour otherwise: its admin API, CORS and bodies are the user's. (This builds on the Jetty that
 * wiremock-standalone relocates; a WireMock upgrade may need this class adjusted.)
 */
public final class SimulatorHttpServerFactory implements HttpServerFactory {

    private static final Logger LOG = Logger.getLogger(SimulatorHttpServerFactory.class.getName());
    /** A connection silent this long is closed; the body timeout bounds slow bodies separately. */
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** One h2c connection cannot open more streams than this at once (Jetty's default is 128). */
    static final int MAX_STREAMS_PER_CONNECTION = 32;
    /** How long a stop waits for requests in flight to be answered. */
    public static final Duration GRACEFUL_STOP = Duration.ofSeconds(10);

    private final EdgePolicy policy;

    private SimulatorHttpServerFactory(EdgePolicy policy) {
        this.policy = policy;
    }

    /** For a user's WireMockServer: lenient URIs and AWS-shaped Jetty errors, nothing else changed. */
    public static SimulatorHttpServerFactory forUserServer() {
        return new SimulatorHttpServerFactory(null);
    }

    /** For the simulator's own server: the whole edge. */
    public static SimulatorHttpServerFactory hardened(EdgePolicy policy) {
        return new SimulatorHttpServerFactory(policy);
    }

    @Override
    public String getName() {
        return "connect-simulator-jetty";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler adminRequestHandler,
                                      StubRequestHandler stubRequestHandler) {
        return new SimulatorServer(options, adminRequestHandler, stubRequestHandler);
    }

    private boolean hardened() {
        return policy != null;
    }

    /**
     * An inner class on purpose: Jetty11HttpServer calls the overridden methods from its constructor, before
     * fields of a subclass are set, while the reference to this factory (and its policy) is set already.
     */
    private final class SimulatorServer extends Jetty11HttpServer {

        SimulatorServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
            super(options, admin, stubs);
        }

        @Override
        protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings jettySettings,
                                                      NetworkTrafficListener listener) {
            ServerConnector connector = super.createHttpConnector(bindAddress, port, jettySettings, listener);
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration configuration = http.getHttpConfiguration();
                configuration.setUriCompliance(UriCompliance.UNSAFE);
                configuration.addCustomizer(new AdminPathGuard());
                if (hardened()) {
                    configuration.setSendDateHeader(true); // as AWS does; SDKs correct clock skew from it
                }
            }
            if (hardened()) {
                connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                HTTP2CServerConnectionFactory h2c = connector.getConnectionFactory(HTTP2CServerConnectionFactory.class);
                if (h2c != null) {
                    h2c.setMaxConcurrentStreams(MAX_STREAMS_PER_CONNECTION);
                }
            }
            return connector;
        }

        @Override
        protected void applyAdditionalServerConfiguration(Server server, Options options) {
            super.applyAdditionalServerConfiguration(server, options);
            server.setErrorHandler(new AwsShapedErrorHandler());
        }

        @Override
        protected Handler createHandler(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
            Handler wireMock = super.createHandler(options, admin, stubs);
            if (!hardened()) {
                return wireMock;
            }
            EdgeHandler edge = new EdgeHandler(policy);
            edge.setHandler(wireMock);
            // Counts requests in flight, so a graceful stop knows when they have all been answered.
            StatisticsHandler inFlight = new StatisticsHandler();
            inFlight.setHandler(edge);
            return inFlight;
        }

        @Override
        protected void decorateAdminServiceContextAfterConfig(ServletContextHandler adminContext) {
            if (hardened()) {
                withoutCors(adminContext.getServletHandler());
                adminContext.setErrorHandler(new AwsShapedErrorHandler());
            }
        }

        @Override
        protected void decorateMockServiceContextAfterConfig(ServletContextHandler mockServiceContext) {
            if (hardened()) {
                mockServiceContext.setErrorHandler(new AwsShapedErrorHandler());
            }
        }

        /** Stops accepting, answers the requests in flight for up to {@link #GRACEFUL_STOP}, then closes. */
        @Override
        public void stop() {
            if (!hardened()) {
                super.stop();
                return;
            }
            try {
                jettyServer.setStopTimeout(GRACEFUL_STOP.toMillis());
                jettyServer.stop();
                jettyServer.join();
            } catch (Exception e) {
                LOG.log(Level.INFO, "requests still in flight after " + GRACEFUL_STOP.toSeconds()
                        + " s were cut off by the stop", e);
            } finally {
                if (scheduledExecutorService != null) {
                    scheduledExecutorService.shutdownNow();
                }
            }
        }
    }

    /** WireMock allows every origin on its admin routes; the simulator's admin API allows none. */
    private static void withoutCors(ServletHandler handler) {
        FilterHolder[] kept = Arrays.stream(handler.getFilters())
                .filter(holder -> holder.getHeldClass() != CrossOriginFilter.class).toArray(FilterHolder[]::new);
        FilterMapping[] keptMappings = Arrays.stream(handler.getFilterMappings())
                .filter(mapping -> Arrays.stream(kept).anyMatch(h -> h.getName().equals(mapping.getFilterName())))
                .toArray(FilterMapping[]::new);
        handler.setFilters(kept);
        handler.setFilterMappings(keptMappings);
    }
}
