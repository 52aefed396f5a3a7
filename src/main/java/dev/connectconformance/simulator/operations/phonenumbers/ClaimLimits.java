package dev.connectconformance.simulator.operations.phonenumbers;

import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.state.Arn;
import java.time.Duration;
import java.util.Optional;

/**
 * The limits a claim or a move runs into after it was accepted: the quota "phone numbers per instance" on the
 * target (PN-07), and the cap of claims plus releases within 180 days at 200 % of that quota (PN-10, the
 * trigger inferred). Both make the operation end FAILED rather than refuse it.
 */
final class ClaimLimits {

    static final Duration CHURN_WINDOW = Duration.ofDays(180);
    static final int MAX_MESSAGE = 255;

    private ClaimLimits() {
    }

    /** Why a new number cannot count against {@code targetArn} now, if it cannot. */
    static Optional<String> quotaExceeded(OperationContext context, String targetArn) {
        int quota = context.store().quotas().phoneNumbersFor(targetArn);
        if (context.account().slotsUsed(targetArn) >= quota) {
            return Optional.of(fitted("The target " + targetArn + " has reached its limit of " + quota
                    + " claimed phone numbers (quota: phone numbers per instance). Release numbers or request a "
                    + "quota increase."));
        }
        return Optional.empty();
    }

    /** Why a new claim on {@code targetArn} is blocked by the churn cap, if it is. */
    static Optional<String> churnCapReached(OperationContext context, String targetArn) {
        int quota = context.store().quotas().phoneNumbersFor(targetArn);
        int churn = context.account().churnSince(targetArn, context.now().minus(CHURN_WINDOW));
        if (churn >= 2 * quota) {
            // The target's id, not its ARN: with the ARN the message exceeds the 255 characters of its shape.
            return Optional.of(fitted("Claim limit reached: target " + Arn.parse(targetArn).map(Arn::resourceId)
                    .orElse(targetArn) + " had " + churn + " claims and releases within 180 days, the cap of 200% "
                    + "of its quota of " + quota + " phone numbers. Claim again once older ones are 180 days old."));
        }
        return Optional.empty();
    }

    /**
     * A status message as the model allows it (PhoneNumberWorkflowMessage: at most 255 characters, ERR-03). The
     * messages above fit for any quota; cutting is the guard for an id or ARN longer than the service makes.
     */
    static String fitted(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 3) + "...";
    }

    /** The first limit a claim to {@code targetArn} runs into, if any. */
    static Optional<String> claimRefusal(OperationContext context, String targetArn) {
        return quotaExceeded(context, targetArn).or(() -> churnCapReached(context, targetArn));
    }
}
