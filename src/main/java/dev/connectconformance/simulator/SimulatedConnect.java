package dev.connectconformance.simulator;

import dev.connectconformance.simulator.admin.ConnectAdminApi;
import dev.connectconformance.simulator.faults.AsyncFailures;
import dev.connectconformance.simulator.faults.FaultInjector;
import dev.connectconformance.simulator.operations.catalog.ConnectOperations;
import dev.connectconformance.simulator.protocol.ConnectApiDispatcher;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.simulator.realism.RealismControls;
import dev.connectconformance.simulator.servicequotas.ServiceQuotasApi;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.statefile.StateFiles;
import dev.connectconformance.simulator.statefile.StateImport;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The simulated service without a server: its state, clock, faults, armed asynchronous failures and the request
 * pipeline over them, assembled from settings. The embedded simulator and a user's WireMockServer (through the
 * extension factory) each hold one; {@link #reset()} is the one way back to an empty world, for the Java API and
 * the admin route alike. The parts below take only what they use (the store, the clock, a settings group), never
 * this assembly.
 */
public final class SimulatedConnect {

    private final SimulatorSettings settings;
    private final ConnectStore store;
    private final SimulatorClock clock;
    private final FaultInjector faults = new FaultInjector();
    private final AsyncFailures asyncFailures = new AsyncFailures();
    private final RealismControls realism;
    private final ConnectApiDispatcher dispatcher;

    public SimulatedConnect(SimulatorSettings settings) {
        this.settings = settings;
        this.clock = new SimulatorClock(settings.clock());
        this.store = new ConnectStore(settings.phoneNumberQuota(), settings.idempotencyTokensPerAccount(),
                settings.maxAccounts());
        this.realism = new RealismControls(settings.realism());
        this.dispatcher = new ConnectApiDispatcher(ServiceModel.bundled(), ConnectOperations.registry(asyncFailures),
                store, clock, faults, realism, settings.simulation());
        startingState(settings).ifPresent(file -> StateImport.load(store, clock, StateFiles.read(file)));
    }

    /** The state file to start from: the persisted one when it exists, else the initial state, if any. */
    private static Optional<Path> startingState(SimulatorSettings settings) {
        return settings.stateFileIfAny().filter(Files::exists).or(settings::initialStateIfAny);
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public ConnectStore store() {
        return store;
    }

    public SimulatorClock clock() {
        return clock;
    }

    public FaultInjector faults() {
        return faults;
    }

    public AsyncFailures asyncFailures() {
        return asyncFailures;
    }

    /** Throttling and the propagation delay, as configured and as the admin API changes them. */
    public RealismControls realism() {
        return realism;
    }

    public ConnectApiDispatcher dispatcher() {
        return dispatcher;
    }

    /** The {@code /__admin/connect/...} routes over this world. */
    public ConnectAdminApi adminApi() {
        return new ConnectAdminApi(store, clock, faults, asyncFailures, realism, this::reset);
    }

    /** Service Quotas for service code {@code connect}, following this world's quotas. */
    public ServiceQuotasApi serviceQuotasApi() {
        return new ServiceQuotasApi(store, settings.simulation().accounts(), settings.simulation().limits());
    }

    /**
     * Back to an empty world: no accounts, all numbers free, configured quotas, no faults or armed failures, the
     * configured throttling and propagation delay.
     */
    public void reset() {
        // Under the store's reset lock: no request is in flight while the state and the clock go back.
        store.reset(() -> {
            faults.clear();
            asyncFailures.clear();
            realism.reset();
            clock.reset();
        });
    }
}
