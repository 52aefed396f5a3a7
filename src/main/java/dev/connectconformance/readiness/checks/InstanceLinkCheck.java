package dev.connectconformance.readiness.checks;

import dev.connectconformance.readiness.inventory.InstanceView;
import dev.connectconformance.readiness.inventory.Inventory;
import java.util.ArrayList;
import java.util.List;

/** RD-06: the group links the instance the migration names, and that instance is replicated to the group's other region. */
public final class InstanceLinkCheck implements ReadinessCheck {

    @Override
    public String rule() {
        return "RD-06";
    }

    @Override
    public List<Finding> check(Inventory inventory) {
        List<Finding> findings = new ArrayList<>();
        InstanceView named = inventory.instance();
        InstanceView linked = inventory.groupInstance();
        String replica = inventory.replicaRegion();
        if (!linked.arn().equals(named.arn())) {
            findings.add(Finding.blocker(rule(), inventory.group().arn(), inventory.sourceRegion(), "the group links "
                    + "instance " + describe(linked) + ", not " + describe(named) + " that the migration names: "
                    + "name the group of that instance with --tdg, or the group's instance with --instance"));
        }
        if (!named.isReplicatedTo(replica)) {
            findings.add(Finding.blocker(rule(), named.arn(), replica, replication(named, replica)));
        }
        return findings;
    }

    private static String replication(InstanceView instance, String replica) {
        if (instance.replicaRegion().isEmpty()) {
            return "instance " + describe(instance) + " is not replicated: replicate it to " + replica
                    + " (ReplicateInstance) before numbers move onto a group";
        }
        if (!instance.replicaRegion().get().equals(replica)) {
            return "instance " + describe(instance) + " is replicated to " + instance.replicaRegion().get() + ", not to "
                    + replica + ", the group's other region: check --replica-region";
        }
        return "the replica of instance " + describe(instance) + " in " + replica + " is "
                + instance.replicationStatus().orElse("of unknown status") + ": wait until it is "
                + InstanceView.REPLICATION_COMPLETE;
    }

    private static String describe(InstanceView instance) {
        return instance.id() + (instance.alias() == null ? "" : " (" + instance.alias() + ")");
    }
}
