package dev.connectconformance.simulator.statefile;

import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.ConnectStore;
import java.time.Instant;

/**
 * A detached copy of an account, made through the state-file document (so it copies exactly what a state file
 * keeps, and nothing else needs a copy constructor). For the propagation delay's earlier versions of an account.
 */
public final class AccountCopies {

    private AccountCopies() {
    }

    /** Call while holding the account; the copy shares nothing mutable with it. */
    public static AccountState of(AccountState live, ConnectStore store, Instant now) {
        return StateImport.account(store.newDetachedAccount(live.accountId()), StateCapture.account(live, now));
    }
}
