package dev.connectconformance.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls {@link NumberMove} makes for a move, in its order, when nothing goes wrong and nothing is throttled:
 * what the dry run prints. Kept next to the executor's steps and checked against the requests it really sends.
 */
public final class CallPlan {

    private final String groupArn;
    private final String sourceRegion;
    private final List<String> regions;
    private final String instanceId;

    public CallPlan(String groupArn, String sourceRegion, String replicaRegion, String instanceId) {
        this.groupArn = groupArn;
        this.sourceRegion = sourceRegion;
        this.regions = List.of(sourceRegion, replicaRegion);
        this.instanceId = instanceId;
    }

    public List<PlannedCall> calls(Move move) {
        List<PlannedCall> calls = new ArrayList<>();
        if (move.unmovable().isPresent()) {
            return calls;
        }
        calls.add(new PlannedCall("DescribePhoneNumber", move.claimedRegion(), Map.of("PhoneNumberId", move.arn()),
                "where it is now"));
        if (move.done()) {
            return calls;
        }
        if (!move.onGroup()) {
            Map<String, String> update = new LinkedHashMap<>();
            update.put("PhoneNumberId", move.arn());
            update.put("TargetArn", groupArn);
            update.put("ClientToken", move.clientToken());
            calls.add(new PlannedCall("UpdatePhoneNumber", sourceRegion, update, null));
            calls.add(new PlannedCall("DescribePhoneNumber", move.claimedRegion(), Map.of("PhoneNumberId", move.arn()),
                    "until CLAIMED or FAILED, with backoff"));
        }
        move.flow().ifPresent(flow -> {
            for (String region : regions) {
                Map<String, String> associate = new LinkedHashMap<>();
                associate.put("InstanceId", instanceId);
                associate.put("ContactFlowId", flow.idByRegion().get(region));
                associate.put("PhoneNumberId", move.arn());
                calls.add(new PlannedCall("AssociatePhoneNumberContactFlow", region, associate,
                        "flow '" + flow.name() + "' (" + flow.origin() + "), once CLAIMED"));
            }
        });
        return calls;
    }
}
