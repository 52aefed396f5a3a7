package dev.connectconformance.simulator.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import dev.connectconformance.simulator.SimulatedConnect;
import dev.connectconformance.simulator.SimulatorExtensions;
import dev.connectconformance.simulator.SimulatorSettings;
import java.util.List;

/**
 * The simulated Connect API as WireMock extensions ({@link SimulatorExtensions}): the request filter that answers
 * the simulated operations, the {@code /__admin/connect/...} routes, Service Quotas, and Jetty with lenient URI
 * handling (ARNs arrive percent-encoded in paths) and AWS-shaped errors for what Jetty refuses.
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
        return leavesUnsimulatedToStubs ? SimulatorExtensions.forUserServer(connect)
                : SimulatorExtensions.forOwnServer(connect);
    }
}
