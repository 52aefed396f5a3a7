package dev.connectconformance.simulator.operations;

import dev.connectconformance.simulator.rules.RuleTrail;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.ConnectStore;
import java.time.Duration;
import java.time.Instant;

/**
 * What an operation knows about the call it serves: the caller's account state (held exclusively for the
 * call), the region called, the simulator's time, how long asynchronous work takes, and the store for what
 * accounts share (the number inventory, the quotas), and the trail of catalogue rules the call applies.
 */
public record OperationContext(AccountState account, String region, Instant now, Duration settleDelay,
                               ConnectStore store, RuleTrail rules) {

    public String accountId() {
        return account.accountId();
    }

    /** When asynchronous work started by this call completes. */
    public Instant settlesAt() {
        return now.plus(settleDelay);
    }
}
