package dev.connectconformance.simulator.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import dev.connectconformance.simulator.SimulatedConnect;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.admin.ConnectAdminApi;
import dev.connectconformance.simulator.protocol.ConnectApiFilter;
import dev.connectconformance.simulator.protocol.UnsimulatedOperationFallback;
import dev.connectconformance.simulator.server.EdgePolicy;
import dev.connectconformance.simulator.server.SimulatorHttpServerFactory;
import dev.connectconformance.simulator.servicequotas.ServiceQuotasFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated Connect API as WireMock extensions, the single assembly of the simulator on a WireMock server:
 * the request filter that answers the simulated operations, the {@code /__admin/connect/...} routes, and Jetty
 * with lenient URI handling (ARNs arrive percent-encoded in paths) and AWS-shaped errors for what Jetty refuses;
 * on the simulator's own server also its edge (admin and browser checks, body limits, timeouts: see
 * {@link SimulatorHttpServerFactory}).
 *
 * <p>On a user's server ({@code options().extensions(new ConnectApiExtensionFactory(settings))}, or
 * {@code extensionFactories(ConnectApiExtensionFactory.class)} for the default settings) requests for operations
 * outside the simulated slice go to the user's stub mappings, and get a 501 NotImplementedException when none
 * matches. One factory holds one simulated world: give each server a factory of its own. The settings' port and
 * bind address are the server's business and are ignored here.
 */
public final class ConnectApiExtensionFactory implements ExtensionFactory {

    private final SimulatedConnect connect;
    private final boolean leavesUnsimulatedToStubs;

    /** The simulator with default settings, for WireMock to instantiate by class. */
    public ConnectApiExtensionFactory() {
        this(SimulatorSettings.defaults());
    }

    public ConnectApiExtensionFactory(SimulatorSettings settings) {
        this(new SimulatedConnect(settings), true);
    }

    private ConnectApiExtensionFactory(SimulatedConnect connect, boolean leavesUnsimulatedToStubs) {
        this.connect = connect;
        this.leavesUnsimulatedToStubs = leavesUnsimulatedToStubs;
    }

    /** For the simulator's own server, which has no stubs: every non-admin request is answered by the simulator. */
    public static ConnectApiExtensionFactory answeringEveryRequest(SimulatedConnect connect) {
        return new ConnectApiExtensionFactory(connect, false);
    }

    /** The simulated world behind the extensions: its clock, state, quotas and faults, and its reset. */
    public SimulatedConnect simulatedConnect() {
        return connect;
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        SimulatorHttpServerFactory server = leavesUnsimulatedToStubs ? SimulatorHttpServerFactory.forUserServer()
                : SimulatorHttpServerFactory.hardened(EdgePolicy.of(connect.settings()));
        List<Extension> extensions = new ArrayList<>(List.of(server, new ConnectAdminApi(connect),
                new ServiceQuotasFilter(connect)));
        if (leavesUnsimulatedToStubs) {
            extensions.add(ConnectApiFilter.leavingUnsimulatedToStubs(connect.dispatcher()));
            extensions.add(new UnsimulatedOperationFallback(connect.dispatcher()));
        } else {
            extensions.add(ConnectApiFilter.answeringEveryRequest(connect.dispatcher()));
        }
        return extensions;
    }
}
