package dev.connectconformance.simulator.protocol;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * On a user's WireMockServer: a request for a Connect operation outside the simulated slice that no stub mapping
 * matched gets the AWS-shaped 501 NotImplementedException instead of WireMock's "no stub matched" page, which an
 * AWS SDK would report as an unknown 404. Requests that are no Connect operation keep WireMock's own answer.
 *
 * <p>Why a response-definition transformer: WireMock runs global ones after stub matching even when nothing
 * matched (the definition is then "not configured"), and it is no stub mapping, so the user's
 * {@code resetAll()} or a WireMock JUnit extension resetting mappings between tests cannot remove it, as it would
 * a low-priority catch-all stub. Response transformers (V2) come too late: an unmatched request is rendered
 * as "not configured" without them; serve-event listeners cannot change the answer.
 */
public final class UnsimulatedOperationFallback implements ResponseDefinitionTransformerV2 {

    private static final String DETAIL = ", and no stub mapping matched the request";

    private final ConnectApiDispatcher dispatcher;

    public UnsimulatedOperationFallback(ConnectApiDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String getName() {
        return "connect-unsimulated-operation-fallback";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition matched = serveEvent.getResponseDefinition();
        if (matched != null && matched.wasConfigured()) {
            return matched;
        }
        return dispatcher.notImplemented(WireMockAnswers.call(serveEvent.getRequest()), DETAIL)
                .map(WireMockAnswers::definition)
                .orElse(matched);
    }
}
