package dev.connectconformance.suite.target;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One embedded simulator per thread that runs scenarios, started when that thread first needs it. A Cucumber
 * scenario runs start to end on one worker thread, and a worker runs one scenario at a time, so a scenario has
 * its simulator's clock, faults and armed failures to itself: nothing another worker does can move them.
 */
final class WorkerSimulators implements AutoCloseable {

    /** A worker's simulator and the admin client its scenarios reach it through. */
    record Worker(ConnectSimulator simulator, SimulatorAdminClient admin) {
    }

    private final Supplier<ConnectSimulator> start;
    private final ThreadLocal<Worker> own = new ThreadLocal<>();
    private final List<Worker> started = new ArrayList<>();
    private boolean closed;

    WorkerSimulators(Supplier<ConnectSimulator> start) {
        this.start = start;
    }

    /** The calling thread's simulator, started on first use. */
    Worker current() {
        Worker worker = own.get();
        if (worker == null) {
            worker = register(start.get());
            own.set(worker);
        }
        return worker;
    }

    /** How many simulators the workers started so far. */
    synchronized int started() {
        return started.size();
    }

    private synchronized Worker register(ConnectSimulator simulator) {
        if (closed) {
            simulator.close();
            throw new IllegalStateException("the suite's simulators are already closed");
        }
        Worker worker = new Worker(simulator, new SimulatorAdminClient(simulator.endpoint()));
        started.add(worker);
        return worker;
    }

    @Override
    public synchronized void close() {
        closed = true;
        started.forEach(worker -> worker.simulator().close());
    }
}
