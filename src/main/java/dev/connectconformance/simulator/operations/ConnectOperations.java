package dev.connectconformance.simulator.operations;

import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.faults.AsyncFailures;
import dev.connectconformance.simulator.operations.flows.FlowOperations;
import dev.connectconformance.simulator.operations.instances.InstanceOperations;
import dev.connectconformance.simulator.operations.phonenumbers.FlowAssociationOperations;
import dev.connectconformance.simulator.operations.phonenumbers.PhoneNumberOperations;
import dev.connectconformance.simulator.operations.phonenumbers.PhoneNumberQueries;
import dev.connectconformance.simulator.operations.tags.TagOperations;
import dev.connectconformance.simulator.operations.trafficdistribution.TrafficDistributionGroupOperations;
import dev.connectconformance.simulator.operations.trafficdistribution.TrafficDistributionGroupUserOperations;
import dev.connectconformance.simulator.operations.users.ProfileQueries;
import dev.connectconformance.simulator.operations.users.UserOperations;
import java.util.List;

/**
 * Every operation group of the simulator, registered into one registry. Each resource has a subpackage with its
 * operation group and that group's helpers (instances, flows, phonenumbers, trafficdistribution, tags, users); what all
 * groups share lives here: the registry, the call's context, one lookup per resource kind ({@link Resources}),
 * the error they throw ({@link ConnectError}) and pagination ({@link Pages}).
 */
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
                new FlowAssociationOperations(),
                new UserOperations(),
                new ProfileQueries(),
                new TrafficDistributionGroupUserOperations());
        groups.forEach(group -> group.registerWith(registry));
        return registry;
    }
}
