package dev.connectconformance.simulator.junit;

import java.util.List;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.InstanceSummary;

/** Instances the extension's tests create and list, to see which simulator, account and region a client reaches. */
final class Instances {

    private Instances() {
    }

    static CreateInstanceResponse create(ConnectClient client, String alias) {
        return client.createInstance(b -> b.identityManagementType("CONNECT_MANAGED").instanceAlias(alias)
                .inboundCallsEnabled(true).outboundCallsEnabled(true));
    }

    static List<String> ids(ConnectClient client) {
        return client.listInstances(b -> { }).instanceSummaryList().stream().map(InstanceSummary::id).toList();
    }
}
