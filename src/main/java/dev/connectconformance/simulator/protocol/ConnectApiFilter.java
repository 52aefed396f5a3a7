package dev.connectconformance.simulator.protocol;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WireMock side of the protocol adapter. On the simulator's own server every non-admin request is answered
 * by the Connect dispatcher, so neither stub mappings nor WireMock's "no stub matched" page ever reach an AWS
 * client. On a user's server (the extension factory) only the simulated operations are answered here; every
 * other request continues to the user's stub mappings.
 */
public final class ConnectApiFilter implements StubRequestFilterV2 {

    private final ConnectApiDispatcher dispatcher;
    private final boolean leavesUnsimulatedToStubs;

    private ConnectApiFilter(ConnectApiDispatcher dispatcher, boolean leavesUnsimulatedToStubs) {
        this.dispatcher = dispatcher;
        this.leavesUnsimulatedToStubs = leavesUnsimulatedToStubs;
    }

    /** Answers every request, unsimulated operations with a 501 (the standalone simulator has no stubs). */
    public static ConnectApiFilter answeringEveryRequest(ConnectApiDispatcher dispatcher) {
        return new ConnectApiFilter(dispatcher, false);
    }

    /** Answers the simulated operations; any other request goes on to stub matching. */
    public static ConnectApiFilter leavingUnsimulatedToStubs(ConnectApiDispatcher dispatcher) {
        return new ConnectApiFilter(dispatcher, true);
    }

    @Override
    public String getName() {
        return "connect-api";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        ApiResponse response;
        try {
            ApiCall call = WireMockAnswers.call(request);
            if (leavesUnsimulatedToStubs && !dispatcher.simulates(call)) {
                return RequestFilterAction.continueWith(request);
            }
            response = dispatcher.dispatch(call);
        } catch (Throwable e) {
            response = dispatcher.internalError(ConnectApiDispatcher.newRequestId(), e);
        }
        // The latency is WireMock's to apply: on the simulator's server it answers later without holding a thread.
        return RequestFilterAction.stopWith(WireMockAnswers.definition(response));
    }
}
