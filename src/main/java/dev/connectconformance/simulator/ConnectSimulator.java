package dev.connectconformance.simulator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.faults.AsyncFailures;
import dev.connectconformance.simulator.faults.FaultInjector;
import dev.connectconformance.simulator.security.AdminToken;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.statefile.StatePersistence;
import dev.connectconformance.simulator.time.Durations;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * An Amazon Connect simulator on a WireMock server, embeddable in tests: {@code start} listens on a port
 * (0: any free one), {@code close} stops it, answering the requests in flight first. AWS SDKs and the AWS CLI talk
 * to {@link #endpoint()} unchanged. Bound beyond loopback, its admin API needs a token: the configured one, or
 * one generated here ({@link #adminToken()}), which {@link #adminClient()} sends.
 */
public final class ConnectSimulator implements AutoCloseable {

    /** Request threads: bodies are read asynchronously and latency is scheduled, so these are rarely all busy. */
    private static final int REQUEST_THREADS = 64;
    /** Threads that send answers delayed by an injected latency, instead of request threads sleeping. */
    private static final int DELAYED_ANSWER_THREADS = 2;

    private final SimulatorSettings settings;
    private final SimulatedConnect connect;
    private final WireMockServer server;
    private StatePersistence persistence;

    private ConnectSimulator(SimulatorSettings requested) {
        this.settings = inForce(requested);
        this.connect = new SimulatedConnect(settings);
        this.server = new WireMockServer(options()
                .port(settings.port())
                .bindAddress(settings.bindAddress())
                .containerThreads(REQUEST_THREADS)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(DELAYED_ANSWER_THREADS)
                // the longest injected latency must not outlast WireMock's asynchronous answer
                .timeout((int) Durations.MAX_LATENCY.plusMinutes(1).toMillis())
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .notifier(new ConsoleNotifier(false))
                .extensions(SimulatorExtensions.forOwnServer(connect).toArray(Extension[]::new)));
    }

    /** The settings as the simulator runs them: a bind beyond loopback without a token gets a generated one. */
    static SimulatorSettings inForce(SimulatorSettings settings) {
        return settings.adminToken() == null && settings.bindsBeyondLoopback()
                ? settings.withAdminToken(AdminToken.generate()) : settings;
    }

    public static ConnectSimulator start(SimulatorSettings settings) {
        ConnectSimulator simulator = new ConnectSimulator(settings);
        simulator.server.start();
        try {
            settings.stateFileIfAny().ifPresent(file -> simulator.persistence =
                    StatePersistence.start(simulator.connect.store(), simulator.connect.clock(), file));
        } catch (RuntimeException e) {
            simulator.server.stop();
            throw e;
        }
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
        String bind = settings.bindAddress();
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1"
                : bind.contains(":") ? "[" + bind + "]" : bind;
        return URI.create("http://" + host + ":" + port());
    }

    /** The settings in force, including the admin token when one was generated. */
    public SimulatorSettings settings() {
        return settings;
    }

    /** The token admin requests must carry; empty when loopback alone protects the admin API. */
    public Optional<String> adminToken() {
        return settings.adminTokenIfAny();
    }

    /** An admin client for this simulator, sending its admin token when it has one. */
    public SimulatorAdminClient adminClient() {
        return new SimulatorAdminClient(endpoint(), settings.adminToken());
    }

    public ConnectStore store() {
        return connect.store();
    }

    /** The simulated world behind the server: another server can serve it too (the edge benchmark does). */
    public SimulatedConnect simulatedConnect() {
        return connect;
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

    /**
     * Stops accepting, answers the requests in flight (for up to 10 s), then closes every connection; with a state
     * file, writes it a last time.
     */
    @Override
    public void close() {
        server.stop();
        if (persistence != null) {
            persistence.close();
        }
    }
}
