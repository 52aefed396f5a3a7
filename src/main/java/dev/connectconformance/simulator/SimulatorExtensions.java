package dev.connectconformance.simulator;

import com.github.tomakehurst.wiremock.extension.Extension;
import dev.connectconformance.simulator.protocol.ConnectApiFilter;
import dev.connectconformance.simulator.protocol.UnsimulatedOperationFallback;
import dev.connectconformance.simulator.server.EdgePolicy;
import dev.connectconformance.simulator.server.SimulatorHttpServerFactory;
import dev.connectconformance.simulator.servicequotas.ServiceQuotasFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated world as WireMock extensions, the single assembly of the simulator on a WireMock server: the request
 * filter that answers the simulated operations, the {@code /__admin/connect/...} routes, Service Quotas, and Jetty
 * with lenient URI handling (ARNs arrive percent-encoded in paths) and AWS-shaped errors for what Jetty refuses.
 */
public final class SimulatorExtensions {

    private SimulatorExtensions() {
    }

    /**
     * For the simulator's own server, which has no stubs: every non-admin request is answered by the simulator,
     * behind its edge (admin and browser checks, body limits, timeouts: see {@link SimulatorHttpServerFactory}).
     */
    public static List<Extension> forOwnServer(SimulatedConnect connect) {
        SimulatorSettings settings = connect.settings();
        List<Extension> extensions = common(connect, SimulatorHttpServerFactory.hardened(
                EdgePolicy.of(settings.simulation().edge(), settings.simulation().limits())));
        extensions.add(ConnectApiFilter.answeringEveryRequest(connect.dispatcher()));
        return extensions;
    }

    /**
     * For a user's server: requests for operations outside the simulated slice go to the user's stub mappings, and
     * get a 501 NotImplementedException when none matches.
     */
    public static List<Extension> forUserServer(SimulatedConnect connect) {
        List<Extension> extensions = common(connect, SimulatorHttpServerFactory.forUserServer());
        extensions.add(ConnectApiFilter.leavingUnsimulatedToStubs(connect.dispatcher()));
        extensions.add(new UnsimulatedOperationFallback(connect.dispatcher()));
        return extensions;
    }

    private static List<Extension> common(SimulatedConnect connect, SimulatorHttpServerFactory server) {
        return new ArrayList<>(List.of(server, connect.adminApi(), new ServiceQuotasFilter(connect.serviceQuotasApi())));
    }
}
