package dev.connectconformance.simulator.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** All simulated state: accounts created on first use, the shared number inventory and the quotas. */
public final class ConnectStore {

    private final Map<String, AccountState> accounts = new ConcurrentHashMap<>();
    private final NumberInventory inventory = new NumberInventory();
    private final QuotaSettings quotas;
    private final int idempotencyCapacity;

    public ConnectStore(int phoneNumbersPerTarget, int idempotencyCapacity) {
        this.quotas = new QuotaSettings(phoneNumbersPerTarget);
        this.idempotencyCapacity = idempotencyCapacity;
    }

    public AccountState account(String accountId) {
        return accounts.computeIfAbsent(accountId, id -> new AccountState(id, idempotencyCapacity));
    }

    public Map<String, AccountState> accounts() {
        return Map.copyOf(accounts);
    }

    public NumberInventory inventory() {
        return inventory;
    }

    public QuotaSettings quotas() {
        return quotas;
    }

    /** Forgets every account, frees every number and restores the configured quotas. */
    public void reset() {
        accounts.clear();
        inventory.reset();
        quotas.reset();
    }
}
