package dev.connectconformance.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;

/**
 * The steps of one number, each journalled: find where it is now (DescribePhoneNumber); unless it is on the group
 * already, UpdatePhoneNumber onto the group with its ClientToken and wait for CLAIMED or FAILED; then associate
 * its flow in the source region and, by its full ARN, in the replica region (the move dropped the old one).
 */
final class NumberMove {

    private final Execution execution;
    private final RetryingCall calls;
    private final StatusWaiter waiter;

    NumberMove(Execution execution) {
        this.execution = execution;
        this.calls = new RetryingCall(execution);
        this.waiter = new StatusWaiter(execution, calls);
    }

    MoveOutcome run(Move move) throws InterruptedException {
        Map<String, String> flows = new LinkedHashMap<>();
        try {
            return steps(move, flows);
        } catch (SdkException e) {
            // a refusal the retries could not get past (access denied, say): this number stops, the others go on
            return finish(move, MoveResult.FAILED, "stopped: a call answered " + ErrorText.brief(e)
                    + "; rerun with the same journal to resume", flows);
        }
    }

    private MoveOutcome steps(Move move, Map<String, String> flows) throws InterruptedException {
        if (move.unmovable().isPresent()) {
            return finish(move, MoveResult.BLOCKED, move.unmovable().get(), flows);
        }
        ObjectNode started = execution.journal().line(JournalStep.MOVE_STARTED, move.arn())
                .put("phoneNumber", move.phoneNumber()).put("line", move.line()).put("attempt", move.attempt())
                .put("clientToken", move.clientToken()).put("previousFlow", move.previousFlow().orElse(null))
                .put("flow", move.flow().map(FlowChoice::name).orElse(null));
        execution.journal().write(started);
        say(move, "starting");

        ClaimedPhoneNumberSummary now = waiter.describe(move);
        if (StatusWaiter.inProgress(now)) {
            say(move, "IN_PROGRESS from an earlier run; waiting for it to settle");
            now = waiter.settled(move);
        }
        boolean onGroup = execution.groupArn().equals(now.targetArn()) && isClaimed(now);
        if (onGroup && move.done()) {
            move.flow().ifPresent(f -> flows.putAll(namesByRegion(f)));
            return finish(move, MoveResult.MOVED, "already moved by an earlier run (journal); DescribePhoneNumber "
                    + "shows it CLAIMED on the group", flows);
        }
        if (!onGroup) {
            try {
                calls.call("UpdatePhoneNumber", execution.sourceRegion(), move.arn(), () -> execution.clients()
                        .connect(execution.sourceRegion()).updatePhoneNumber(b -> b.phoneNumberId(move.arn())
                                .targetArn(execution.groupArn()).clientToken(move.clientToken())));
            } catch (SdkException e) {
                return finish(move, MoveResult.BLOCKED, ErrorText.describe("UpdatePhoneNumber",
                        execution.sourceRegion(), e), flows);
            }
            execution.journal().write(execution.journal().line(JournalStep.UPDATE_SENT, move.arn())
                    .put("region", execution.sourceRegion()).put("clientToken", move.clientToken()));
            say(move, "UpdatePhoneNumber accepted; waiting for CLAIMED or FAILED");
            now = waiter.settled(move);
            String message = now.phoneNumberStatus() == null ? null : now.phoneNumberStatus().message();
            execution.journal().write(execution.journal().line(JournalStep.SETTLED, move.arn())
                    .put("status", statusOf(now)).put("message", message).put("targetArn", now.targetArn()));
            if (StatusWaiter.inProgress(now)) {
                return finish(move, MoveResult.FAILED, "still IN_PROGRESS after waiting about "
                        + execution.settling().longestWait().toMinutes() + " minutes; rerun with the same journal to "
                        + "resume", flows);
            }
            if (now.phoneNumberStatus().status() == PhoneNumberWorkflowStatus.FAILED) {
                return finish(move, MoveResult.FAILED, "FAILED: " + (message == null ? "no message" : message),
                        flows);
            }
            if (!execution.groupArn().equals(now.targetArn())) {
                return finish(move, MoveResult.FAILED, "CLAIMED on " + now.targetArn() + ", not on the group",
                        flows);
            }
            say(move, "CLAIMED on the group");
        }
        if (move.flow().isEmpty()) {
            return finish(move, MoveResult.FLOW_LOST, "on the group without a flow: "
                    + move.noFlowReason().orElse("no flow"), flows);
        }
        FlowChoice flow = move.flow().get();
        for (String region : execution.regions()) {
            String flowId = flow.idByRegion().get(region);
            try {
                // the replica region knows the number only by its full ARN, and may take a moment to see the move
                calls.call("AssociatePhoneNumberContactFlow", region, move.arn(),
                        e -> region.equals(execution.replicaRegion()) && notYetReplicated(e),
                        () -> execution.clients().connect(region).associatePhoneNumberContactFlow(b -> b
                                .instanceId(execution.instanceId()).contactFlowId(flowId).phoneNumberId(move.arn())));
            } catch (SdkException e) {
                return finish(move, MoveResult.FAILED, "moved onto the group, but " + ErrorText.describe(
                        "AssociatePhoneNumberContactFlow", region, e) + "; rerun with the same journal, or associate "
                        + "flow '" + flow.name() + "' by hand", flows);
            }
            flows.put(region, flow.name());
            execution.journal().write(execution.journal().line(JournalStep.FLOW_ASSOCIATED, move.arn())
                    .put("region", region).put("flowId", flowId).put("flowName", flow.name())
                    .put("origin", flow.origin()));
            say(move, "flow '" + flow.name() + "' associated in " + region);
        }
        return finish(move, MoveResult.MOVED, onGroup ? "was on the group already; flow '" + flow.name()
                + "' associated in both regions" : "moved; flow '" + flow.name() + "' (" + flow.origin()
                + ") associated in both regions", flows);
    }

    private MoveOutcome finish(Move move, MoveResult result, String reason, Map<String, String> flows) {
        execution.journal().write(execution.journal().line(JournalStep.MOVE_FINISHED, move.resource())
                .put("outcome", result.wireName()).put("reason", reason));
        say(move, result.wireName() + ": " + reason);
        return MoveOutcome.of(move, result, reason, flows);
    }

    private void say(Move move, String what) {
        execution.progress().say("line " + move.line() + "  " + move.label() + "  " + what);
    }

    private Map<String, String> namesByRegion(FlowChoice flow) {
        Map<String, String> names = new LinkedHashMap<>();
        execution.regions().forEach(region -> names.put(region, flow.name()));
        return names;
    }

    private static boolean isClaimed(ClaimedPhoneNumberSummary number) {
        return number.phoneNumberStatus() != null
                && number.phoneNumberStatus().status() == PhoneNumberWorkflowStatus.CLAIMED;
    }

    private static String statusOf(ClaimedPhoneNumberSummary number) {
        return number.phoneNumberStatus() == null ? null : number.phoneNumberStatus().statusAsString();
    }

    private static boolean notYetReplicated(SdkException e) {
        return "ResourceNotFoundException".equals(ErrorText.code(e));
    }
}
