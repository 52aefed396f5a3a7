package dev.connectconformance.simulator.operations.instances;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;

/**
 * QT-01: "Amazon Connect instances per account and Region". Every instance counts in its source region and a
 * replica in its replica region (inferred: a replica is an instance of that region), whatever its status. Checked
 * under the account's lock, so two concurrent creations cannot both take the last place.
 */
final class InstanceQuota {

    private InstanceQuota() {
    }

    static void requireRoomIn(OperationContext context, String region) {
        int limit = context.store().quotas().instancesFor(context.accountId());
        long used = context.account().instances().values().stream().filter(i -> i.isVisibleIn(region)).count();
        if (used >= limit) {
            throw ConnectError.serviceQuotaExceeded("The quota of " + limit + " Amazon Connect instances per "
                    + "account in " + region + " is reached (" + used + " in use, replicas included); delete an "
                    + "instance or request a quota increase");
        }
    }
}
