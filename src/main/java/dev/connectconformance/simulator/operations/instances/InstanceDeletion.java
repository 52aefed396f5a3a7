package dev.connectconformance.simulator.operations.instances;

import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.NumberInventory;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.util.List;

/**
 * What deleting an instance does to the numbers that refer to it. A number belongs to the target whose quota it
 * counts against (or, for a claim that failed, to the target it shows); those are released as ReleasePhoneNumber
 * releases them, into the cooldown, together with whatever work was pending on them. A number only passing
 * through (a move onto the instance that will fail) falls back at once to the target it belongs to, FAILED, so
 * that no number is ever left on a target that does not exist.
 */
final class InstanceDeletion {

    private InstanceDeletion() {
    }

    /** True while a number shows {@code targetArn} or counts against it (a move off it may still fall back). */
    static boolean holdsNumbers(AccountState account, String targetArn) {
        return !account.numberIdsOn(targetArn).isEmpty() || account.slotsUsed(targetArn) > 0;
    }

    static void releaseNumbersOf(OperationContext context, String targetArn) {
        AccountState account = context.account();
        for (PhoneNumberRecord number : List.copyOf(account.phoneNumbers().values())) {
            String owner = number.slotTarget() != null ? number.slotTarget() : number.targetArn();
            if (targetArn.equals(owner)) {
                account.releasePhoneNumber(number, context.now().plus(NumberInventory.RELEASE_COOLDOWN));
            } else if (targetArn.equals(number.targetArn())) {
                account.moveTarget(number, owner);
                number.markFailed("The target " + targetArn + " was deleted while the number was moving to it");
            }
        }
    }
}
