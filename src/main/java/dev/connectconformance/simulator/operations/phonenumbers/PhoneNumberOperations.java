package dev.connectconformance.simulator.operations.phonenumbers;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.operations.phonenumbers.PhoneNumberTargets.Target;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.Ids;
import dev.connectconformance.simulator.state.NumberInventory;
import dev.connectconformance.simulator.state.NumberInventory.NumberRange;
import dev.connectconformance.simulator.state.PendingEffect;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberRequest;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.DescribePhoneNumberRequest;
import software.amazon.awssdk.services.connect.model.DescribePhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ReleasePhoneNumberRequest;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberMetadataRequest;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberRequest;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberResponse;

/**
 * The life of a claimed number: Claim, Describe, Update (move to another target), UpdatePhoneNumberMetadata,
 * Release. Every check runs before the first change, so a refused request leaves no trace. Claims and moves
 * answer at once and settle asynchronously: IN_PROGRESS, then CLAIMED or FAILED (PN-06).
 */
public final class PhoneNumberOperations implements OperationGroup {

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register("ClaimPhoneNumber", ClaimPhoneNumberRequest::builder, this::claimPhoneNumber)
                .register("DescribePhoneNumber", DescribePhoneNumberRequest::builder, this::describePhoneNumber)
                .register("UpdatePhoneNumber", UpdatePhoneNumberRequest::builder, this::updatePhoneNumber)
                .register("UpdatePhoneNumberMetadata", UpdatePhoneNumberMetadataRequest::builder,
                        this::updatePhoneNumberMetadata)
                .register("ReleasePhoneNumber", ReleasePhoneNumberRequest::builder, this::releasePhoneNumber);
    }

    /**
     * PN-05, PN-09: a known target in its home region and a number that is available right now, or whose claim
     * by this account FAILED less than a day ago (PN-15). Over the quota or the churn cap the claim is still
     * accepted and ends FAILED without a quota slot (PN-07, PN-10).
     */
    SdkPojo claimPhoneNumber(OperationContext context, ClaimPhoneNumberRequest request) {
        Target target = PhoneNumberTargets.forChange(context, request.instanceId(), request.targetArn());
        NumberInventory inventory = context.store().inventory();
        String e164 = request.phoneNumber();
        NumberRange range = inventory.rangeOf(e164).orElseThrow(() -> notAvailable(e164));
        AccountState account = context.account();
        PhoneNumberRecord failed = FailedClaims.retryable(account, inventory, e164).orElse(null);
        if (failed == null && !inventory.isAvailable(e164, context.now())) {
            throw notAvailable(e164);
        }
        Optional<String> refusal = ClaimLimits.claimRefusal(context, target.arn());
        PhoneNumberRecord number = new PhoneNumberRecord(Ids.newId(), e164, range.countryCode(), range.type(),
                context.region(), request.phoneNumberDescription());
        boolean held = failed == null ? inventory.take(e164, account.holder(number), context.now())
                : inventory.transfer(e164, account.holder(failed), account.holder(number));
        if (!held) {
            throw notAvailable(e164);
        }
        if (failed != null) {
            // The retry replaces the failed claim: its record goes, its pending expiry finds nothing (PN-15).
            account.removePhoneNumber(failed);
        }
        if (request.hasTags()) {
            number.tags().putAll(request.tags());
        }
        if (refusal.isPresent()) {
            account.addPhoneNumber(number, target.arn(), null);
            account.schedule(new PendingEffect.ClaimSettles(context.settlesAt(), number.id(), refusal.get()));
        } else {
            account.addPhoneNumber(number, target.arn(), target.arn());
            account.recordChurn(target.arn(), context.now());
            account.schedule(new PendingEffect.ClaimSettles(context.settlesAt(), number.id(), null));
        }
        return ClaimPhoneNumberResponse.builder().phoneNumberId(number.id())
                .phoneNumberArn(number.arn(context.accountId())).build();
    }

    private static ConnectError notAvailable(String e164) {
        return ConnectError.invalidParameter("PhoneNumber " + e164 + " is not available to claim; use "
                + "SearchAvailablePhoneNumbers to find one that is");
    }

    /** PN-08: by id or ARN where it was claimed, by ARN only from its traffic distribution group's other region. */
    SdkPojo describePhoneNumber(OperationContext context, DescribePhoneNumberRequest request) {
        PhoneNumberRecord number = Resources.phoneNumber(context, request.phoneNumberId());
        return DescribePhoneNumberResponse.builder()
                .claimedPhoneNumberSummary(PhoneNumberViews.claimed(context, number)).build();
    }

    /**
     * PN-01..04, PN-07, PN-13, CF-05: the checks in the order the service applies them, then the move. With room
     * on the new target the slot moves now and the flow association is dropped; without room the number only
     * shows the new target while IN_PROGRESS and falls back to the previous one, FAILED.
     */
    SdkPojo updatePhoneNumber(OperationContext context, UpdatePhoneNumberRequest request) {
        Target target = PhoneNumberTargets.forChange(context, request.instanceId(), request.targetArn());
        PhoneNumberRecord number = Resources.phoneNumber(context, request.phoneNumberId());
        if (!number.claimedRegion().equals(target.homeRegion())) {
            throw ConnectError.invalidParameter("Phone number " + number.id() + " was claimed in region "
                    + number.claimedRegion() + "; it can only be assigned to a target in that region, not to "
                    + target.arn());
        }
        requireNotInProgress(number);
        if (number.slotTarget() == null) {
            throw ConnectError.invalidParameter("Phone number " + number.id() + " could not be claimed ("
                    + number.message() + "); release it instead of updating it");
        }
        AccountState account = context.account();
        boolean sameTarget = target.arn().equals(number.slotTarget());
        Optional<String> noRoom = sameTarget ? Optional.empty() : ClaimLimits.quotaExceeded(context, target.arn());
        String previousTarget = number.slotTarget();
        account.moveTarget(number, target.arn());
        number.startUpdate();
        if (noRoom.isPresent()) {
            account.schedule(new PendingEffect.MoveSettles(context.settlesAt(), number.id(), previousTarget,
                    noRoom.get()));
        } else {
            if (!sameTarget) {
                account.moveSlot(number, target.arn());
                number.flowId(null);
            }
            account.schedule(new PendingEffect.MoveSettles(context.settlesAt(), number.id(), null, null));
        }
        return UpdatePhoneNumberResponse.builder().phoneNumberId(number.id())
                .phoneNumberArn(number.arn(context.accountId())).build();
    }

    /** PN-14: the description changes at once; the number shows IN_PROGRESS until the change settles. */
    SdkPojo updatePhoneNumberMetadata(OperationContext context, UpdatePhoneNumberMetadataRequest request) {
        PhoneNumberRecord number = Resources.phoneNumber(context, request.phoneNumberId());
        requireNotInProgress(number);
        if (request.phoneNumberDescription() != null) {
            number.description(request.phoneNumberDescription());
        }
        number.startUpdate();
        context.account().schedule(new PendingEffect.MetadataSettles(context.settlesAt(), number.id()));
        return null;
    }

    /**
     * PN-10, PN-13: only in the region the number was claimed in. The number shows IN_PROGRESS, then goes;
     * a number that was really claimed enters the 180-day cooldown, one whose claim failed goes straight back.
     */
    SdkPojo releasePhoneNumber(OperationContext context, ReleasePhoneNumberRequest request) {
        PhoneNumberRecord number = Resources.phoneNumber(context, request.phoneNumberId());
        if (!number.claimedRegion().equals(context.region())) {
            throw ConnectError.invalidParameter("Phone number " + number.id() + " was claimed in region "
                    + number.claimedRegion() + " and can only be released there, not in " + context.region());
        }
        requireNotInProgress(number);
        AccountState account = context.account();
        if (number.slotTarget() != null) {
            account.recordChurn(number.slotTarget(), context.now());
        }
        number.startUpdate();
        Instant settles = context.settlesAt();
        account.schedule(new PendingEffect.ReleaseSettles(settles, number.id(),
                settles.plus(NumberInventory.RELEASE_COOLDOWN)));
        return null;
    }

    private static void requireNotInProgress(PhoneNumberRecord number) {
        if (number.isInProgress()) {
            throw ConnectError.resourceInUse("Phone number " + number.id() + " has an operation IN_PROGRESS; call "
                    + "DescribePhoneNumber until it is CLAIMED or FAILED, then try again");
        }
    }
}
