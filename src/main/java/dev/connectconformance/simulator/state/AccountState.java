package dev.connectconformance.simulator.state;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Everything one AWS account owns, across regions: each resource records its own region(s), and the
 * cross-region links (instance to replica, TDG home to linked region) live on the resources themselves.
 * One lock per account serialises its requests, so no update is lost and quotas cannot be overrun, while
 * different accounts proceed in parallel.
 */
public final class AccountState {

    private final String accountId;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, InstanceRecord> instances = new LinkedHashMap<>();
    private final Map<String, TrafficDistributionGroupRecord> trafficDistributionGroups = new LinkedHashMap<>();
    private final NavigableMap<String, PhoneNumberRecord> phoneNumbers = new TreeMap<>();
    private final Map<String, NavigableSet<String>> numberIdsByTarget = new HashMap<>();
    private final Map<String, Integer> slotsByTarget = new HashMap<>();
    private final Map<String, Deque<Instant>> churnByTarget = new HashMap<>();
    private final PendingWork pendingWork = new PendingWork();
    private final IdempotencyLedger idempotency;
    private final NumberInventory inventory;

    public AccountState(String accountId, int idempotencyCapacity, NumberInventory inventory) {
        this.accountId = accountId;
        this.inventory = inventory;
        this.idempotency = new IdempotencyLedger(idempotencyCapacity, IdempotencyLedger.RETENTION);
    }

    public String accountId() {
        return accountId;
    }

    /** Runs {@code work} alone on this account, after applying the asynchronous work due by {@code now}. */
    public <T> T exclusively(Instant now, Supplier<T> work) {
        lock.lock();
        try {
            pendingWork.settle(now, this);
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Schedules asynchronous work; call only while holding the account. */
    public void schedule(PendingEffect effect) {
        pendingWork.schedule(effect);
    }

    /** The asynchronous work not yet applied, in the order it will be (for the state file). */
    public List<PendingEffect> pendingWork() {
        return pendingWork.inOrder();
    }

    public int pendingWorkCount() {
        return pendingWork.size();
    }

    /** How many requests wait for this account right now (a diagnostic, for tests of request races). */
    public int waitingRequests() {
        return lock.getQueueLength();
    }

    public Map<String, InstanceRecord> instances() {
        return instances;
    }

    public Map<String, TrafficDistributionGroupRecord> trafficDistributionGroups() {
        return trafficDistributionGroups;
    }

    /** Phone numbers by id, in id order (the order pagination walks). */
    public NavigableMap<String, PhoneNumberRecord> phoneNumbers() {
        return Collections.unmodifiableNavigableMap(phoneNumbers);
    }

    public Optional<PhoneNumberRecord> phoneNumber(String id) {
        return Optional.ofNullable(phoneNumbers.get(id));
    }

    public IdempotencyLedger idempotency() {
        return idempotency;
    }

    public void addPhoneNumber(PhoneNumberRecord number, String targetArn, String slotTarget) {
        phoneNumbers.put(number.id(), number);
        moveTarget(number, targetArn);
        moveSlot(number, slotTarget);
    }

    public void removePhoneNumber(PhoneNumberRecord number) {
        moveTarget(number, null);
        moveSlot(number, null);
        phoneNumbers.remove(number.id());
    }

    /** The inventory hold of one of this account's numbers. */
    public NumberInventory.Holder holder(PhoneNumberRecord number) {
        return new NumberInventory.Holder(accountId, number.id());
    }

    /**
     * Removes a number and gives its hold back: a number that was really claimed (it counts against a quota)
     * enters the release cooldown until {@code availableAgain}; one whose claim failed goes straight back.
     */
    public void releasePhoneNumber(PhoneNumberRecord number, Instant availableAgain) {
        boolean wasClaimed = number.slotTarget() != null;
        removePhoneNumber(number);
        if (wasClaimed) {
            inventory.release(number.phoneNumber(), holder(number), availableAgain);
        } else {
            inventory.giveBack(number.phoneNumber(), holder(number));
        }
    }

    /** Changes the target a number shows, keeping the by-target index right. */
    public void moveTarget(PhoneNumberRecord number, String targetArn) {
        String previous = number.targetArn();
        if (previous != null) {
            NavigableSet<String> ids = numberIdsByTarget.get(previous);
            if (ids != null) {
                ids.remove(number.id());
                if (ids.isEmpty()) {
                    numberIdsByTarget.remove(previous);
                }
            }
        }
        number.targetArn(targetArn);
        if (targetArn != null) {
            numberIdsByTarget.computeIfAbsent(targetArn, t -> new TreeSet<>()).add(number.id());
        }
    }

    /** Changes which target's quota the number counts against (null: none). */
    public void moveSlot(PhoneNumberRecord number, String slotTarget) {
        String previous = number.slotTarget();
        if (previous != null) {
            slotsByTarget.merge(previous, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
        number.slotTarget(slotTarget);
        if (slotTarget != null) {
            slotsByTarget.merge(slotTarget, 1, Integer::sum);
        }
    }

    /** Ids of the numbers whose target is {@code targetArn}, in id order. */
    public NavigableSet<String> numberIdsOn(String targetArn) {
        NavigableSet<String> ids = numberIdsByTarget.get(targetArn);
        return ids == null ? Collections.emptyNavigableSet() : Collections.unmodifiableNavigableSet(ids);
    }

    /** How many numbers count against {@code targetArn}'s quota, including moves and claims still running. */
    public int slotsUsed(String targetArn) {
        return slotsByTarget.getOrDefault(targetArn, 0);
    }

    /** Records a claim or release on a target, for the churn cap over a rolling window. */
    public void recordChurn(String targetArn, Instant at) {
        churnByTarget.computeIfAbsent(targetArn, t -> new ArrayDeque<>()).addLast(at);
    }

    /** The claim and release times per target still inside the churn window (for the state file). */
    public Map<String, List<Instant>> churn() {
        Map<String, List<Instant>> copy = new TreeMap<>();
        churnByTarget.forEach((target, events) -> {
            if (!events.isEmpty()) {
                copy.put(target, List.copyOf(events));
            }
        });
        return copy;
    }

    /** Claims plus releases on {@code targetArn} since {@code since}; older events are forgotten. */
    public int churnSince(String targetArn, Instant since) {
        Deque<Instant> events = churnByTarget.get(targetArn);
        if (events == null) {
            return 0;
        }
        while (!events.isEmpty() && events.peekFirst().isBefore(since)) {
            events.removeFirst();
        }
        return events.size();
    }
}
