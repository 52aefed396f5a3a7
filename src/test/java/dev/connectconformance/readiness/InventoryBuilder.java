package dev.connectconformance.readiness;

import dev.connectconformance.account.QuotaSource;
import dev.connectconformance.account.QuotaValue;
import dev.connectconformance.plan.PlanEntry;
import dev.connectconformance.readiness.inventory.GroupInRegion;
import dev.connectconformance.readiness.inventory.GroupView;
import dev.connectconformance.readiness.inventory.InstanceView;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import dev.connectconformance.readiness.inventory.PlanNumber;
import dev.connectconformance.readiness.inventory.TrafficSplit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inventories built by hand: a healthy account to start from (an ACTIVE group 50/50 in us-east-1 and us-west-2,
 * two CLAIMED numbers with flows in both regions, a plan of one number on the instance with its flow planned,
 * quota 5 applied), changed one fact at a time.
 */
public final class InventoryBuilder {

    public static final String SOURCE = "us-east-1";
    public static final String REPLICA = "us-west-2";
    public static final String ACCOUNT = "111122223333";
    public static final String GROUP = "arn:aws:connect:us-east-1:" + ACCOUNT + ":traffic-distribution-group/group-1";
    public static final String FLOW = "arn:aws:connect:us-east-1:" + ACCOUNT + ":instance/instance-1/contact-flow/flow-1";

    public InstanceView instance = instance("instance-1", Optional.of(REPLICA), InstanceView.REPLICATION_COMPLETE);
    public InstanceView groupInstance = instance;
    public GroupInRegion inSource = active(SOURCE, split(50, 50));
    public GroupInRegion inReplica = active(REPLICA, split(50, 50));
    public List<NumberOnGroup> numbers = new ArrayList<>(List.of(claimed("n-1"), claimed("n-2")));
    public List<PlanNumber> plan = new ArrayList<>(List.of(onInstance(1, "n-3", Optional.of("Sales"), Optional.of(FLOW))));
    public QuotaValue quota = new QuotaValue(5, QuotaSource.APPLIED, "applied to the account");

    public Inventory build() {
        return new Inventory(new GroupView(GROUP, "plan", SOURCE, REPLICA, inSource, inReplica), instance,
                groupInstance, numbers, plan, Optional.of("plan.txt"), quota, Map.of(FLOW, "Sales inbound"));
    }

    public static InstanceView instance(String id, Optional<String> replicaRegion, String status) {
        return new InstanceView(id, "arn:aws:connect:us-east-1:" + ACCOUNT + ":instance/" + id, "alias-" + id,
                replicaRegion, replicaRegion.map(r -> status));
    }

    public static GroupInRegion active(String region, TrafficSplit split) {
        return new GroupInRegion(region, Optional.of("ACTIVE"), false, "arn:aws:connect:us-east-1:" + ACCOUNT
                + ":instance/instance-1", Optional.of(split), Optional.empty());
    }

    public static TrafficSplit split(int source, int replica) {
        Map<String, Integer> telephony = new LinkedHashMap<>();
        telephony.put(SOURCE, source);
        telephony.put(REPLICA, replica);
        return new TrafficSplit(telephony, Map.of(SOURCE, true, REPLICA, true), telephony);
    }

    public static String numberArn(String id) {
        return "arn:aws:connect:us-east-1:" + ACCOUNT + ":phone-number/" + id;
    }

    public static NumberOnGroup claimed(String id) {
        return number(id, "CLAIMED", Optional.empty(), true, Optional.of(FLOW), Optional.of(FLOW));
    }

    public static NumberOnGroup number(String id, String status, Optional<String> message, boolean visibleInReplica,
                                Optional<String> sourceFlow, Optional<String> replicaFlow) {
        Map<String, Boolean> visible = new LinkedHashMap<>();
        visible.put(SOURCE, true);
        visible.put(REPLICA, visibleInReplica);
        Map<String, Optional<String>> flows = new LinkedHashMap<>();
        flows.put(SOURCE, sourceFlow);
        flows.put(REPLICA, replicaFlow);
        return new NumberOnGroup(numberArn(id), "+1555000" + id.replaceAll("\\D", "0"), status, message, visible, flows);
    }

    /** A CLAIMED number on the instance in the source region. */
    public static PlanNumber onInstance(int line, String id, Optional<String> planned, Optional<String> plannedArn) {
        return planned(line, id, "CLAIMED", SOURCE, "arn:aws:connect:us-east-1:" + ACCOUNT + ":instance/instance-1",
                "arn:aws:connect:us-east-1:" + ACCOUNT + ":instance/instance-1", Optional.of(FLOW), planned, plannedArn);
    }

    public static PlanNumber planned(int line, String id, String status, String region, String target, String targetInstance,
                              Optional<String> currentFlow, Optional<String> planned, Optional<String> plannedArn) {
        String arn = "arn:aws:connect:" + region + ":" + ACCOUNT + ":phone-number/" + id;
        return new PlanNumber(new PlanEntry(line, arn, planned), true, arn, "+1666000" + line, status,
                Optional.empty(), region, target, targetInstance, currentFlow, plannedArn, Optional.empty());
    }
}
