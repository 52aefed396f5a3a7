package dev.connectconformance.simulator.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.state.FlowRecord;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import java.time.Instant;
import java.util.Map;

/** A JSON picture of the whole simulated state, for the admin API: what a tester inspects when a run surprises. */
public final class StateSnapshot {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StateSnapshot() {
    }

    public static ObjectNode of(ConnectStore store, Instant now) {
        ObjectNode root = NODES.objectNode();
        root.put("now", now.toString());
        ObjectNode quotas = root.putObject("quotas");
        quotas.put("phoneNumbersPerTarget", store.quotas().defaultPhoneNumbersPerTarget());
        store.quotas().overrides().forEach((arn, limit) -> quotas.with("overrides").put(arn, limit));
        ObjectNode accounts = root.putObject("accounts");
        store.accounts().forEach((id, account) ->
                accounts.set(id, account.exclusively(now, () -> account(account))));
        return root;
    }

    private static ObjectNode account(AccountState account) {
        ObjectNode node = NODES.objectNode();
        ArrayNode instances = node.putArray("instances");
        account.instances().values().forEach(i -> instances.add(instance(i)));
        ArrayNode groups = node.putArray("trafficDistributionGroups");
        account.trafficDistributionGroups().values().forEach(t -> groups.add(group(t, account.accountId())));
        ArrayNode numbers = node.putArray("phoneNumbers");
        account.phoneNumbers().values().forEach(n -> numbers.add(number(n, account.accountId())));
        node.put("pendingWork", account.pendingWorkCount());
        return node;
    }

    private static ObjectNode instance(InstanceRecord i) {
        ObjectNode node = NODES.objectNode();
        node.put("id", i.id()).put("alias", i.alias()).put("sourceRegion", i.sourceRegion())
                .put("status", i.status().toString());
        i.replica().ifPresent(r -> node.putObject("replica").put("region", r.region()).put("alias", r.alias())
                .put("status", r.instanceStatus().toString()).put("replicationStatus", r.replicationStatus().toString()));
        ArrayNode flows = node.putArray("flows");
        for (FlowRecord f : i.flows().values()) {
            flows.addObject().put("id", f.id()).put("name", f.name()).put("type", f.type());
        }
        tags(node, i.tags());
        return node;
    }

    private static ObjectNode group(TrafficDistributionGroupRecord t, String accountId) {
        ObjectNode node = NODES.objectNode();
        node.put("id", t.id()).put("arn", t.arn(accountId)).put("name", t.name()).put("instanceId", t.instanceId())
                .put("homeRegion", t.homeRegion()).put("linkedRegion", t.linkedRegion()).put("status", t.status().toString())
                .put("isDefault", t.isDefault());
        ObjectNode telephony = node.putObject("telephonyDistribution");
        t.telephonyDistribution().forEach(telephony::put);
        tags(node, t.tags());
        return node;
    }

    private static ObjectNode number(PhoneNumberRecord n, String accountId) {
        ObjectNode node = NODES.objectNode();
        node.put("id", n.id()).put("arn", n.arn(accountId)).put("phoneNumber", n.phoneNumber())
                .put("claimedRegion", n.claimedRegion()).put("targetArn", n.targetArn())
                .put("quotaTarget", n.slotTarget()).put("status", n.status().toString()).put("message", n.message())
                .put("flowId", n.flowId()).put("description", n.description());
        tags(node, n.tags());
        return node;
    }

    private static void tags(ObjectNode node, Map<String, String> tags) {
        if (!tags.isEmpty()) {
            ObjectNode t = node.putObject("tags");
            tags.forEach(t::put);
        }
    }
}
