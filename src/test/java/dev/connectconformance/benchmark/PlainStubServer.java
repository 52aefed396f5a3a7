package dev.connectconformance.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.net.URI;

/**
 * The floor WireMock itself sets: a plain WireMockServer (same Jetty, same journal and logging settings as the
 * simulator) whose stubs answer the three benchmarked operations with bodies recorded from the simulator.
 */
final class PlainStubServer implements AutoCloseable {

    private final WireMockServer server;

    private PlainStubServer(WireMockServer server) {
        this.server = server;
    }

    static PlainStubServer start(String describeBody, String updateBody, String listBody) {
        WireMockServer server = new WireMockServer(options().port(0).bindAddress("127.0.0.1")
                .disableRequestJournal().stubRequestLoggingDisabled(true).notifier(new ConsoleNotifier(false)));
        server.start();
        server.stubFor(get(urlPathMatching("/phone-number/[^/]+")).willReturn(json(describeBody)));
        server.stubFor(put(urlPathMatching("/phone-number/[^/]+")).willReturn(json(updateBody)));
        server.stubFor(post(urlPathEqualTo("/phone-number/list")).willReturn(json(listBody)));
        return new PlainStubServer(server);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000").withBody(body);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.stop();
    }
}
