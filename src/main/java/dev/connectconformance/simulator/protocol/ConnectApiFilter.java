package dev.connectconformance.simulator.protocol;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WireMock side of the protocol adapter: every non-admin request is answered by the Connect dispatcher,
 * so neither stub mappings nor WireMock's own "no stub matched" page ever reach an AWS client.
 */
public final class ConnectApiFilter implements StubRequestFilterV2 {

    private final ConnectApiDispatcher dispatcher;

    public ConnectApiFilter(ConnectApiDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String getName() {
        return "connect-api";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        ApiCall call = ApiCall.of(request.getMethod().getName(), request.getUrl(), request::getHeader,
                request.getBody());
        ApiResponse response = dispatcher.dispatch(call);
        if (!response.delay().isZero()) {
            pause(response.delay().toMillis());
        }
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status())
                .withBody(response.body());
        response.headers().forEach(builder::withHeader);
        return RequestFilterAction.stopWith(builder.build());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
