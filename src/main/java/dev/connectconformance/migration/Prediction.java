package dev.connectconformance.migration;

import dev.connectconformance.readiness.inventory.Inventory;
import java.util.Locale;

/**
 * What a rehearsal predicts for one number, from how its move ended on the twin.
 *
 * @param predicted "moved" (on the group, its flow in both regions), "failed" (the move settled FAILED: a quota,
 *                  say), "blocked" (not tried or refused at once: not found, not CLAIMED, another region) or
 *                  "flow-lost" (moved, but no flow to associate)
 */
public record Prediction(MoveOutcome outcome, String predicted, String reason) {

    public static final String MOVED = "moved";
    public static final String FAILED = "failed";
    public static final String BLOCKED = "blocked";
    public static final String FLOW_LOST = "flow-lost";

    static final String QUOTA_NAME = "'Phone numbers per instance' (L-8F812903)";

    public static Prediction of(MoveOutcome outcome, Inventory before) {
        return switch (outcome.result()) {
            case MOVED -> outcome.verified().orElse(true)
                    ? new Prediction(outcome, MOVED, outcome.reason())
                    : new Prediction(outcome, FAILED, outcome.reason() + ", but verification found: "
                    + outcome.verification().orElse(""));
            case FLOW_LOST -> new Prediction(outcome, FLOW_LOST, outcome.reason());
            case FAILED -> new Prediction(outcome, FAILED, isQuota(outcome.reason())
                    ? quota(before) + "; " + outcome.reason() : outcome.reason());
            case BLOCKED, NOT_STARTED -> new Prediction(outcome, BLOCKED, outcome.reason());
        };
    }

    /** The limit, and after how many of the plan's numbers it is reached, counting what the group held before. */
    static String quota(Inventory before) {
        int quota = before.quota().value();
        long held = before.numbersCountingAgainstQuota();
        long room = Math.max(0, quota - held);
        return "quota: " + QUOTA_NAME + " is " + quota + " for the group, which held " + held + ", so it is "
                + "reached after " + room + " number" + (room == 1 ? "" : "s") + " of the plan";
    }

    private static boolean isQuota(String reason) {
        String text = reason.toLowerCase(Locale.ROOT);
        return text.startsWith("failed:") && (text.contains("quota") || text.contains("limit"));
    }

    public String phoneNumber() {
        return outcome.move().label();
    }

    public String arn() {
        return outcome.move().arn();
    }
}
