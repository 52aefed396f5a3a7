package dev.connectconformance.simulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
    /** Bumped after every request and every wholesale change, so a persister knows when to write. */
    private final AtomicLong changes = new AtomicLong();

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
            return accounts.computeIfAbsent(accountId, id -> new AccountState(id, idempotencyCapacity, inventory));
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
            changes.incrementAndGet();
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

    /** A counter that moves whenever the state may have changed (requests, resets, loads, quota changes). */
    public long changeCount() {
        return changes.get() + quotas.changeCount();
    }

    /**
     * Replaces the accounts {@code incoming} names (others stay), as a loaded state file describes them: the
     * replaced accounts' numbers go back to the pool, the incoming ones are held, {@code cooldowns} are set, and
     * {@code alongside} (clock, quotas) runs, all with no request in flight. Nothing changes when a number is
     * held by an account that stays, or the account cap would be passed.
     */
    public void replaceAccounts(Map<String, AccountState> incoming, Map<String, Instant> cooldowns,
                                Runnable alongside) {
        resetLock.writeLock().lock();
        try {
            long kept = accounts.keySet().stream().filter(id -> !incoming.containsKey(id)).count();
            if (kept + incoming.size() > maxAccounts) {
                throw new IllegalArgumentException("loading " + incoming.size() + " accounts would pass the "
                        + "simulator's limit of " + maxAccounts + " accounts");
            }
            Map<String, NumberInventory.Holder> held = inventory.holders();
            for (AccountState account : incoming.values()) {
                for (PhoneNumberRecord number : account.phoneNumbers().values()) {
                    requireNotHeldByOthers(held, incoming, number.phoneNumber(),
                            "phone number " + number.phoneNumber() + " of account " + account.accountId());
                }
            }
            for (String number : cooldowns.keySet()) {
                requireNotHeldByOthers(held, incoming, number, "cooling-down number " + number);
            }
            for (String id : incoming.keySet()) {
                AccountState replaced = accounts.remove(id);
                if (replaced != null) {
                    replaced.phoneNumbers().values().forEach(n -> inventory.giveBack(n.phoneNumber(),
                            replaced.holder(n)));
                }
            }
            incoming.forEach((id, account) -> {
                account.phoneNumbers().values().forEach(n -> inventory.restoreHold(n.phoneNumber(),
                        account.holder(n)));
                accounts.put(id, account);
            });
            cooldowns.forEach(inventory::restoreCooldown);
            alongside.run();
            changes.incrementAndGet();
        } finally {
            resetLock.writeLock().unlock();
        }
    }

    private static void requireNotHeldByOthers(Map<String, NumberInventory.Holder> held,
                                               Map<String, AccountState> incoming, String number, String what) {
        NumberInventory.Holder holder = held.get(number);
        if (holder != null && !incoming.containsKey(holder.accountId())) {
            throw new IllegalArgumentException(what + " is held by account " + holder.accountId()
                    + ", which the document does not replace");
        }
    }

    /** A new, empty account for a state file to fill, with this store's settings; not yet part of the store. */
    public AccountState newDetachedAccount(String accountId) {
        return new AccountState(accountId, idempotencyCapacity, inventory);
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
            changes.incrementAndGet();
        } finally {
            resetLock.writeLock().unlock();
        }
    }
}
