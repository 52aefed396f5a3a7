package dev.connectconformance.migration;

import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberStatus;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;

/**
 * Waits for a number to leave IN_PROGRESS: DescribePhoneNumber in the region it was claimed in, then a pause that
 * grows (bounded), until CLAIMED or FAILED or the backoff runs out.
 */
final class StatusWaiter {

    private final Execution execution;
    private final RetryingCall calls;

    StatusWaiter(Execution execution, RetryingCall calls) {
        this.execution = execution;
        this.calls = calls;
    }

    /** The number as DescribePhoneNumber shows it once settled, or still IN_PROGRESS when the wait ran out. */
    ClaimedPhoneNumberSummary settled(Move move) throws InterruptedException {
        Backoff backoff = execution.settling();
        for (int poll = 1; ; poll++) {
            ClaimedPhoneNumberSummary now = describe(move);
            if (!inProgress(now) || poll >= backoff.attempts()) {
                return now;
            }
            execution.pause().pause(backoff.delay(poll - 1));
        }
    }

    ClaimedPhoneNumberSummary describe(Move move) throws InterruptedException {
        return calls.call("DescribePhoneNumber", move.claimedRegion(), move.arn(), () -> execution.clients()
                .connect(move.claimedRegion()).describePhoneNumber(b -> b.phoneNumberId(move.arn()))
                .claimedPhoneNumberSummary());
    }

    static boolean inProgress(ClaimedPhoneNumberSummary number) {
        PhoneNumberStatus status = number.phoneNumberStatus();
        return status != null && status.status() == PhoneNumberWorkflowStatus.IN_PROGRESS;
    }
}
