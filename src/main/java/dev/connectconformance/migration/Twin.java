package dev.connectconformance.migration;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.net.URI;
import java.nio.file.Path;

/**
 * The twin a rehearsal runs on: a simulator holding a copy of the account. {@link #load} starts an embedded one
 * on loopback from a state file (a snapshot); {@link #on} takes any running simulator (tests prepare one through
 * the SDK). Closing stops the simulator only when this twin started it.
 */
public final class Twin implements AutoCloseable {

    private final URI endpoint;
    private final SimulatorAdminClient admin;
    private final ConnectSimulator started;

    private Twin(URI endpoint, SimulatorAdminClient admin, ConnectSimulator started) {
        this.endpoint = endpoint;
        this.admin = admin;
        this.started = started;
    }

    /** An embedded simulator on a free loopback port, started with the state file. */
    public static Twin load(Path stateFile) {
        ConnectSimulator simulator = ConnectSimulator.start(SimulatorSettings.defaults().withInitialState(stateFile));
        return new Twin(simulator.endpoint(), simulator.adminClient(), simulator);
    }

    /** A simulator already running and holding the account. */
    public static Twin on(URI endpoint, SimulatorAdminClient admin) {
        return new Twin(endpoint, admin, null);
    }

    public URI endpoint() {
        return endpoint;
    }

    public SimulatorAdminClient admin() {
        return admin;
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }
}
