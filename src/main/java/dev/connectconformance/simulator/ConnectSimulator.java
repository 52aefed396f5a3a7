package dev.connectconformance.simulator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import dev.connectconformance.simulator.faults.AsyncFailures;
import dev.connectconformance.simulator.faults.FaultInjector;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.time.SimulatorClock;
import dev.connectconformance.simulator.wiremock.ConnectApiExtensionFactory;
import java.net.URI;
import java.time.Duration;

/**
 * An Amazon Connect simulator on a WireMock server, embeddable in tests: {@code start} listens on a port
 * (0: any free one), {@code close} stops it. AWS SDKs and the AWS CLI talk to {@link #endpoint()} unchanged.
 */
public final class ConnectSimulator implements AutoCloseable {

    private final SimulatorSettings settings;
    private final SimulatedConnect connect;
    private final WireMockServer server;

    private ConnectSimulator(SimulatorSettings settings) {
        this.settings = settings;
        this.connect = new SimulatedConnect(settings);
        this.server = new WireMockServer(options()
                .port(settings.port())
                .bindAddress(settings.bindAddress())
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .notifier(new ConsoleNotifier(false))
                .extensions(ConnectApiExtensionFactory.answeringEveryRequest(connect)));
    }

    public static ConnectSimulator start(SimulatorSettings settings) {
        ConnectSimulator simulator = new ConnectSimulator(settings);
        simulator.server.start();
        return simulator;
    }

    public static ConnectSimulator start() {
        return start(SimulatorSettings.defaults());
    }

    public int port() {
        return server.port();
    }

    /** The base URL to give an SDK as endpoint override, or the AWS CLI as --endpoint-url. */
    public URI endpoint() {
        String host = settings.bindAddress().equals("0.0.0.0") ? "127.0.0.1" : settings.bindAddress();
        return URI.create("http://" + host + ":" + port());
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public ConnectStore store() {
        return connect.store();
    }

    public SimulatorClock clock() {
        return connect.clock();
    }

    public FaultInjector faults() {
        return connect.faults();
    }

    /** Failures armed for asynchronous completions (CREATION_FAILED, DELETION_FAILED, ...). */
    public AsyncFailures asyncFailures() {
        return connect.asyncFailures();
    }

    /** Moves the simulator's clock so asynchronous work that is due completes. */
    public void advanceClock(Duration by) {
        connect.clock().advance(by);
    }

    /** Back to an empty world, exactly as {@code POST /__admin/connect/reset} does. */
    public void reset() {
        connect.reset();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    @Override
    public void close() {
        server.stop();
    }
}
