package dev.connectconformance.simulator.server;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import wiremock.org.eclipse.jetty.http.UriCompliance;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.Server;

/**
 * WireMock's Jetty server with URI checks relaxed. Jetty by default rejects paths such as
 * {@code /instance/..%2F..%2Fetc} with its own HTML 400 page; ARNs arrive percent-encoded in paths, so the
 * simulator lets such requests through and answers them itself with an AWS-shaped error; what Jetty still
 * refuses (undecodable escapes, paths above the root) gets the AWS error shape too, and so does a path that
 * only decoding turns into an admin path ({@link AdminPathGuard}). (This builds on the
 * Jetty that wiremock-standalone relocates; a WireMock upgrade may need this class adjusted.)
 */
public final class LenientUriHttpServerFactory implements HttpServerFactory {

    @Override
    public String getName() {
        return "connect-lenient-uri-jetty";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler adminRequestHandler,
                                      StubRequestHandler stubRequestHandler) {
        return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
            @Override
            protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings jettySettings,
                                                          NetworkTrafficListener listener) {
                ServerConnector connector = super.createHttpConnector(bindAddress, port, jettySettings, listener);
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setUriCompliance(UriCompliance.UNSAFE);
                    http.getHttpConfiguration().addCustomizer(new AdminPathGuard());
                }
                return connector;
            }

            @Override
            protected void applyAdditionalServerConfiguration(Server server, Options options) {
                super.applyAdditionalServerConfiguration(server, options);
                server.setErrorHandler(new AwsShapedErrorHandler());
            }
        };
    }
}
