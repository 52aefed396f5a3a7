package dev.connectconformance.simulator.operations.phonenumbers;

import dev.connectconformance.simulator.operations.OperationContext;
import java.time.Duration;
import java.util.Optional;

/**
 * The limits a claim or a move runs into after it was accepted: the quota "phone numbers per instance" on the
 * target (PN-07), and the cap of claims plus releases within 180 days at 200 % of that quota (PN-10, the
 * trigger inferred). Both make the operation end FAILED rather than refuse it.
 */
final class ClaimLimits {

    static final Duration CHURN_WINDOW = Duration.ofDays(180);

    private ClaimLimits() {
    }

    /** Why a new number cannot count against {@code targetArn} now, if it cannot. */
    static Optional<String> quotaExceeded(OperationContext context, String targetArn) {
        int quota = context.store().quotas().phoneNumbersFor(targetArn);
        if (context.account().slotsUsed(targetArn) >= quota) {
            return Optional.of("The target " + targetArn + " has reached its limit of " + quota
                    + " claimed phone numbers (quota: phone numbers per instance). Release numbers or request a "
                    + "quota increase.");
        }
        return Optional.empty();
    }

    /** Why a new claim on {@code targetArn} is blocked by the churn cap, if it is. */
    static Optional<String> churnCapReached(OperationContext context, String targetArn) {
        int quota = context.store().quotas().phoneNumbersFor(targetArn);
        int churn = context.account().churnSince(targetArn, context.now().minus(CHURN_WINDOW));
        if (churn >= 2 * quota) {
            return Optional.of("The target " + targetArn + " has claimed and released " + churn
                    + " phone numbers within 180 days, which reaches the cap of 200% of its quota of " + quota
                    + " phone numbers; no further claims until older claims and releases are 180 days old.");
        }
        return Optional.empty();
    }

    /** The first limit a claim to {@code targetArn} runs into, if any. */
    static Optional<String> claimRefusal(OperationContext context, String targetArn) {
        return quotaExceeded(context, targetArn).or(() -> churnCapReached(context, targetArn));
    }
}
