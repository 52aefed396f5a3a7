package dev.connectconformance.simulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The telephone numbers that can be claimed: a deterministic synthetic inventory per country and number type,
 * drawn from ranges set aside for fiction (North American 555-01XX, Ofcom's drama ranges, the German
 * Bundesnetzagentur's drama block, ACMA's 5550 block). Shared by all accounts, like the real pool: a number
 * one account holds, or that sits in its release cooldown, is not available to anyone.
 */
public final class NumberInventory {

    /** A block of consecutive numbers: {@code prefix} followed by {@code digits} digits from {@code first}. */
    public record NumberRange(String countryCode, String type, String prefix, int digits, int first, int count) {
        String number(int index) {
            return prefix + String.format("%0" + digits + "d", first + index);
        }

        boolean contains(String e164) {
            if (!e164.startsWith(prefix) || e164.length() != prefix.length() + digits) {
                return false;
            }
            try {
                int value = Integer.parseInt(e164.substring(prefix.length()));
                return value >= first && value < first + count;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    /** A number offered by SearchAvailablePhoneNumbers. */
    public record AvailableNumber(String phoneNumber, String countryCode, String type) {
    }

    private static final List<NumberRange> RANGES = buildRanges();

    private final Map<String, String> holders = new ConcurrentHashMap<>();
    private final Map<String, Instant> coolingDownUntil = new ConcurrentHashMap<>();

    private static List<NumberRange> buildRanges() {
        List<NumberRange> ranges = new ArrayList<>();
        List<String> tollFree = List.of("800", "833", "844", "855", "866", "877", "888");
        List<String> canada = List.of("204", "226", "236", "250", "289", "306", "343", "365", "403", "416", "418",
                "437");
        for (int npa = 201; npa <= 989; npa++) {
            // Toll-free and Canadian area codes are not US DIDs: each number must resolve to exactly one range.
            String code = String.valueOf(npa);
            if (npa % 100 != 11 && (npa / 10) % 10 != 9 && !tollFree.contains(code) && !canada.contains(code)) {
                ranges.add(new NumberRange("US", "DID", "+1" + npa + "555", 4, 100, 100));
            }
        }
        for (String npa : tollFree) {
            ranges.add(new NumberRange("US", "TOLL_FREE", "+1" + npa + "555", 4, 100, 100));
        }
        for (String npa : canada) {
            ranges.add(new NumberRange("CA", "DID", "+1" + npa + "555", 4, 100, 100));
        }
        ranges.add(new NumberRange("GB", "DID", "+4420794", 4, 6000, 1000));
        for (String area : List.of("113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161")) {
            ranges.add(new NumberRange("GB", "DID", "+44" + area + "496", 4, 0, 1000));
        }
        ranges.add(new NumberRange("GB", "TOLL_FREE", "+44808157", 4, 0, 1000));
        ranges.add(new NumberRange("DE", "DID", "+493023125", 3, 0, 1000));
        ranges.add(new NumberRange("DE", "DID", "+496990009", 3, 0, 1000));
        ranges.add(new NumberRange("DE", "DID", "+494066969", 3, 0, 1000));
        ranges.add(new NumberRange("DE", "DID", "+498999998", 3, 0, 1000));
        ranges.add(new NumberRange("AU", "DID", "+6125550", 4, 0, 10000));
        ranges.add(new NumberRange("AU", "DID", "+6137010", 4, 0, 10000));
        ranges.add(new NumberRange("JP", "DID", "+81355550", 4, 0, 10000));
        return List.copyOf(ranges);
    }

    /** The range a number belongs to, if it is part of the inventory at all. */
    public Optional<NumberRange> rangeOf(String e164) {
        return RANGES.stream().filter(r -> r.contains(e164)).findFirst();
    }

    public boolean isAvailable(String e164, Instant now) {
        if (holders.containsKey(e164)) {
            return false;
        }
        Instant until = coolingDownUntil.get(e164);
        return until == null || !now.isBefore(until);
    }

    /** Atomically takes a number for an account; false if someone holds it or it is cooling down. */
    public boolean take(String e164, String accountId, Instant now) {
        Instant until = coolingDownUntil.get(e164);
        if (until != null && now.isBefore(until)) {
            return false;
        }
        boolean taken = holders.putIfAbsent(e164, accountId) == null;
        if (taken) {
            coolingDownUntil.remove(e164);
        }
        return taken;
    }

    /** Gives a number back without a cooldown (a claim that never completed). */
    public void giveBack(String e164) {
        holders.remove(e164);
    }

    /** Gives a released number back; nobody can search or claim it until {@code availableAgain}. */
    public void release(String e164, Instant availableAgain) {
        coolingDownUntil.put(e164, availableAgain);
        holders.remove(e164);
    }

    /** Available numbers of a country and type, in inventory order, optionally starting with a prefix. */
    public List<AvailableNumber> search(String countryCode, String type, String prefix, Instant now,
                                        int skip, int limit) {
        List<AvailableNumber> found = new ArrayList<>();
        int matched = 0;
        for (NumberRange range : RANGES) {
            if (!range.countryCode().equals(countryCode) || !range.type().equals(type)) {
                continue;
            }
            for (int i = 0; i < range.count() && found.size() < limit; i++) {
                String number = range.number(i);
                if ((prefix == null || number.startsWith(prefix)) && isAvailable(number, now)) {
                    if (matched++ >= skip) {
                        found.add(new AvailableNumber(number, countryCode, type));
                    }
                }
            }
        }
        return found;
    }

    public void reset() {
        holders.clear();
        coolingDownUntil.clear();
    }
}
