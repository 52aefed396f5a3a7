package dev.connectconformance.simulator.operations.catalog;

import dev.connectconformance.simulator.faults.AsyncFailures;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
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
 * Every operation group of the simulator, registered into one registry. It lives beside the resource subpackages
 * rather than in {@code operations} itself, which they all import: listing them there would close a cycle.
 */
public final class ConnectOperations {

    private ConnectOperations() {
    }

    public static OperationRegistry registry(AsyncFailures asyncFailures) {
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
