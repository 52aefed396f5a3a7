package dev.connectconformance.simulator.operations;

import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.faults.AsyncFailures;
import java.util.List;

/** Every operation group of the simulator, registered into one registry. */
public final class ConnectOperations {

    private ConnectOperations() {
    }

    public static OperationRegistry registry(SimulatorSettings settings, AsyncFailures asyncFailures) {
        OperationRegistry registry = new OperationRegistry();
        List<OperationGroup> groups = List.of(
                new InstanceOperations(),
                new FlowOperations(),
                new TrafficDistributionGroupOperations(asyncFailures),
                new TagOperations(),
                new PhoneNumberOperations(),
                new PhoneNumberQueries(),
                new FlowAssociationOperations());
        groups.forEach(group -> group.registerWith(registry));
        return registry;
    }
}
