package dev.connectconformance.simulator.state;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * All simulated state: accounts created on first use (up to a cap), the shared number inventory and the quotas.
 * Requests run under the read side of one lock and a reset takes the write side, so a reset waits for the
 * requests in flight and none of them can act on an account, or take a number, that the reset already forgot.
 */
public final class ConnectStore {

    /** The account cap is reached: a request from a new account is refused. */
    public static final class AccountLimitExceeded extends RuntimeException {
        AccountLimitExceeded(int limit) {
            super("The simulator already holds its limit of " + limit + " accounts; reset it, or start it with a "
                    + "higher account limit", null, false, false);
        }
    }

    private final Map<String, AccountState> accounts = new ConcurrentHashMap<>();
    private final NumberInventory inventory = new NumberInventory();
    private final QuotaSettings quotas;
    private final int idempotencyCapacity;
    private final int maxAccounts;
    private final ReadWriteLock resetLock = new ReentrantReadWriteLock();

    public ConnectStore(int phoneNumbersPerTarget, int idempotencyCapacity) {
        this(phoneNumbersPerTarget, idempotencyCapacity, Integer.MAX_VALUE);
    }

    public ConnectStore(int phoneNumbersPerTarget, int idempotencyCapacity, int maxAccounts) {
        this.quotas = new QuotaSettings(phoneNumbersPerTarget);
        this.idempotencyCapacity = idempotencyCapacity;
        this.maxAccounts = maxAccounts;
    }

    /** The account, created on first use; {@link AccountLimitExceeded} when a new one would pass the cap. */
    public AccountState account(String accountId) {
        AccountState account = accounts.get(accountId);
        if (account != null) {
            return account;
        }
        synchronized (accounts) {
            if (!accounts.containsKey(accountId) && accounts.size() >= maxAccounts) {
                throw new AccountLimitExceeded(maxAccounts);
            }
            return accounts.computeIfAbsent(accountId, id -> new AccountState(id, idempotencyCapacity));
        }
    }

    /** The account if it exists; never creates one. */
    public Optional<AccountState> existingAccount(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    /** Runs a request's work on its account, with no reset in between (see the class comment). */
    public <T> T withAccount(String accountId, Function<AccountState, T> work) {
        resetLock.readLock().lock();
        try {
            return work.apply(account(accountId));
        } finally {
            resetLock.readLock().unlock();
        }
    }

    public Map<String, AccountState> accounts() {
        return Map.copyOf(accounts);
    }

    public int maxAccounts() {
        return maxAccounts;
    }

    public NumberInventory inventory() {
        return inventory;
    }

    public QuotaSettings quotas() {
        return quotas;
    }

    /** Forgets every account, frees every number and restores the configured quotas. */
    public void reset() {
        reset(() -> { });
    }

    /**
     * Resets the state and runs {@code alongside} (the clock, faults) once no request is in flight and before any
     * new one starts, so no request sees half of a reset.
     */
    public void reset(Runnable alongside) {
        resetLock.writeLock().lock();
        try {
            accounts.clear();
            inventory.reset();
            quotas.reset();
            alongside.run();
        } finally {
            resetLock.writeLock().unlock();
        }
    }
}
