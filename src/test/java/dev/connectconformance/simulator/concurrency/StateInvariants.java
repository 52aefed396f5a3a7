package dev.connectconformance.simulator.concurrency;

import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.state.NumberInventory.Holder;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The invariants of the whole store, read from the state itself (each account settled and held while it is read):
 * every number record holds its number in the shared inventory and every hold belongs to a live record, so no
 * number has two owners or is held by nobody; every number shows, and counts against, a target that exists; no
 * target counts more numbers than its quota.
 */
public final class StateInvariants {

    private StateInvariants() {
    }

    /** What is wrong, one line each; empty when every invariant holds. */
    public static List<String> violations(ConnectStore store, Instant now) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ownerOfNumber = new HashMap<>();
        Map<String, AccountState> accounts = store.accounts();
        accounts.values().forEach(account -> account.exclusively(now, () -> {
            Map<String, Integer> slots = new HashMap<>();
            for (PhoneNumberRecord number : account.phoneNumbers().values()) {
                String who = account.accountId() + "/" + number.id() + " (" + number.phoneNumber() + ")";
                String previous = ownerOfNumber.put(number.phoneNumber(), who);
                if (previous != null) {
                    problems.add(number.phoneNumber() + " has two owners: " + previous + " and " + who);
                }
                Holder expected = new Holder(account.accountId(), number.id());
                store.inventory().holderOf(number.phoneNumber()).filter(expected::equals).ifPresentOrElse(h -> { },
                        () -> problems.add(who + " is not the holder of its number in the inventory: "
                                + store.inventory().holderOf(number.phoneNumber())));
                if (!exists(account, number.targetArn())) {
                    problems.add(who + " shows a target that does not exist: " + number.targetArn());
                }
                if (number.slotTarget() != null) {
                    if (!exists(account, number.slotTarget())) {
                        problems.add(who + " counts against a target that does not exist: " + number.slotTarget());
                    }
                    slots.merge(number.slotTarget(), 1, Integer::sum);
                }
            }
            slots.forEach((target, used) -> {
                if (used > store.quotas().phoneNumbersFor(target)) {
                    problems.add(target + " counts " + used + " numbers, over its quota of "
                            + store.quotas().phoneNumbersFor(target));
                }
            });
            return null;
        }));
        store.inventory().holders().forEach((number, holder) -> {
            if (!ownerOfNumber.containsKey(number)) {
                problems.add(number + " is held by " + holder + ", which is no live number record");
            }
        });
        return problems;
    }

    private static boolean exists(AccountState account, String targetArn) {
        Arn arn = Arn.parse(targetArn).orElse(null);
        if (arn == null) {
            return false;
        }
        return switch (arn.resourceType()) {
            case "instance" -> account.instances().containsKey(arn.resourceId())
                    && account.instances().get(arn.resourceId()).sourceRegion().equals(arn.region());
            case "traffic-distribution-group" -> account.trafficDistributionGroups().containsKey(arn.resourceId());
            default -> false;
        };
    }
}
