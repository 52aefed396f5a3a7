package dev.connectconformance.simulator.operations.phonenumbers;

import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.NumberInventory;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.util.Optional;

/**
 * PN-15: a claim that FAILED keeps its number for a day, and only the same account can claim it again. The
 * record of a failed claim is the one without a quota slot; while a release or metadata change of it runs
 * (IN_PROGRESS) it is not retryable.
 */
final class FailedClaims {

    private FailedClaims() {
    }

    /** The account's FAILED claim record that holds {@code e164}, if there is one to retry. */
    static Optional<PhoneNumberRecord> retryable(AccountState account, NumberInventory inventory, String e164) {
        return inventory.holderOf(e164).filter(holder -> holder.accountId().equals(account.accountId()))
                .flatMap(holder -> account.phoneNumber(holder.numberId()))
                .filter(number -> number.slotTarget() == null && !number.isInProgress() && !number.isClaimed());
    }
}
