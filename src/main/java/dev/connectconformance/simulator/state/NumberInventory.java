package dev.connectconformance.simulator.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The telephone numbers that can be claimed: a deterministic synthetic inventory per country and number type,
 * drawn from ranges set aside for fiction (North American 555-01XX, Ofcom's drama ranges, the German
 * Bundesnetzagentur's drama block, ACMA's 5550 block). Shared by all accounts, like the real pool: a number
 * one account holds, or that sits in its release cooldown, is not available to anyone.
 *
 * <p>A hold belongs to one claim ({@link Holder}: the account and the id of its number record), and only that
 * claim can give it back: work that outlived its record (a release settling after DeleteInstance already freed
 * the number) cannot free the hold of whoever claimed the number next.
 */
public final class NumberInventory {

    /** How long a released number stays out of the pool (AWS documents "up to 180 days"). */
    public static final Duration RELEASE_COOLDOWN = Duration.ofDays(180);

    /** Who holds a number: one claim of one account, named by the id of its number record. */
    public record Holder(String accountId, String numberId) {
    }

    /**
     * A block of consecutive numbers: {@code prefix} followed by {@code digits} digits from {@code first}. The
     * numbers have one length and are zero-padded, so their text order is their numeric order.
     */
    public record NumberRange(String countryCode, String type, String prefix, int digits, int first, int count) {

        String number(int index) {
            char[] text = new char[digits];
            int value = first + index;
            for (int i = digits - 1; i >= 0; i--) {
                text[i] = (char) ('0' + value % 10);
                value /= 10;
            }
            return prefix + new String(text);
        }

        boolean contains(String e164) {
            return indexOf(e164) >= 0;
        }

        /** The index of {@code e164} in this range, or -1. */
        int indexOf(String e164) {
            if (!e164.startsWith(prefix) || e164.length() != prefix.length() + digits) {
                return -1;
            }
            int value = digitsValue(e164, prefix.length());
            return value >= first && value < first + count ? value - first : -1;
        }

        /** The indexes {@code [from, to)} of the numbers that start with {@code numberPrefix} (null: all). */
        int[] window(String numberPrefix) {
            if (numberPrefix == null || numberPrefix.length() <= prefix.length()) {
                return numberPrefix == null || prefix.startsWith(numberPrefix) ? new int[] {0, count}
                        : new int[] {0, 0};
            }
            String head = numberPrefix.substring(prefix.length());
            int value = numberPrefix.startsWith(prefix) && head.length() <= digits ? digitsValue(head, 0) : -1;
            if (value < 0) {
                return new int[] {0, 0};
            }
            int scale = (int) Math.pow(10, digits - head.length());
            int from = Math.max(0, value * scale - first);
            int to = Math.min(count, (value + 1) * scale - first);
            return from < to ? new int[] {from, to} : new int[] {0, 0};
        }

        /** The first index after {@code e164}, a number of this range or of one ordered before or after it. */
        int indexAfter(String e164) {
            if (e164.compareTo(number(0)) < 0) {
                return 0;
            }
            int index = indexOf(e164);
            return index >= 0 ? index + 1 : count;
        }

        /** The value of the decimal digits from {@code start} to the end, or -1 if any other character is there. */
        private static int digitsValue(String text, int start) {
            if (start >= text.length() || text.length() - start > 9) {
                return -1;
            }
            int value = 0;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }

    /** A number offered by SearchAvailablePhoneNumbers. */
    public record AvailableNumber(String phoneNumber, String countryCode, String type) {
    }

    /** What the pool knows about a number that is not simply free. */
    private sealed interface Status permits Held, CoolingDown {
    }

    private record Held(Holder holder) implements Status {
    }

    private record CoolingDown(Instant until) implements Status {
    }

    private static final List<NumberRange> RANGES = buildRanges();
    /** Per "country type", the ranges by prefix: no prefix starts another, so this is also the numbers' order. */
    private static final Map<String, NavigableMap<String, NumberRange>> BY_KIND = indexByKind();
    private static final Map<String, NumberRange> BY_PREFIX = new HashMap<>();
    private static final int[] PREFIX_LENGTHS;

    static {
        TreeSet<Integer> lengths = new TreeSet<>();
        for (NumberRange range : RANGES) {
            BY_PREFIX.put(range.prefix(), range);
            lengths.add(range.prefix().length());
        }
        PREFIX_LENGTHS = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    private final Map<String, Status> numbers = new ConcurrentHashMap<>();

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

    private static Map<String, NavigableMap<String, NumberRange>> indexByKind() {
        Map<String, NavigableMap<String, NumberRange>> byKind = new HashMap<>();
        for (NumberRange range : RANGES) {
            byKind.computeIfAbsent(kind(range.countryCode(), range.type()), k -> new TreeMap<>())
                    .put(range.prefix(), range);
        }
        return Map.copyOf(byKind);
    }

    private static String kind(String countryCode, String type) {
        return countryCode + " " + type;
    }

    /** Every range of the inventory, for checks of its shape. */
    public static List<NumberRange> ranges() {
        return RANGES;
    }

    /** The range a number belongs to, if it is part of the inventory at all. */
    public Optional<NumberRange> rangeOf(String e164) {
        for (int length : PREFIX_LENGTHS) {
            if (length < e164.length()) {
                NumberRange range = BY_PREFIX.get(e164.substring(0, length));
                if (range != null && range.contains(e164)) {
                    return Optional.of(range);
                }
            }
        }
        return Optional.empty();
    }

    public boolean isAvailable(String e164, Instant now) {
        return isFree(numbers.get(e164), now);
    }

    private static boolean isFree(Status status, Instant now) {
        return status == null || status instanceof CoolingDown cooling && !now.isBefore(cooling.until());
    }

    /** Atomically takes a number for one claim; false if someone holds it or it is cooling down. */
    public boolean take(String e164, Holder holder, Instant now) {
        Held mine = new Held(holder);
        return numbers.compute(e164, (number, status) -> isFree(status, now) ? mine : status) == mine;
    }

    /**
     * Hands a number from one claim to the next (the retry of a failed claim, PN-15), if {@code from} still holds
     * it; the number is never free in between, so no other account can take it.
     */
    public boolean transfer(String e164, Holder from, Holder to) {
        Held next = new Held(to);
        return numbers.computeIfPresent(e164, (number, status) -> isHeldBy(status, from) ? next : status) == next;
    }

    /** Gives a number back without a cooldown (a claim that never completed), if {@code holder} still holds it. */
    public boolean giveBack(String e164, Holder holder) {
        boolean[] done = {false};
        numbers.computeIfPresent(e164, (number, status) -> {
            done[0] = isHeldBy(status, holder);
            return done[0] ? null : status;
        });
        return done[0];
    }

    /**
     * Gives a released number back, if {@code holder} still holds it; nobody can search or claim it until
     * {@code availableAgain}.
     */
    public boolean release(String e164, Holder holder, Instant availableAgain) {
        boolean[] done = {false};
        numbers.computeIfPresent(e164, (number, status) -> {
            done[0] = isHeldBy(status, holder);
            return done[0] ? new CoolingDown(availableAgain) : status;
        });
        return done[0];
    }

    private static boolean isHeldBy(Status status, Holder holder) {
        return status instanceof Held held && held.holder().equals(holder);
    }

    /** Who holds a number now, if anyone does. */
    public Optional<Holder> holderOf(String e164) {
        return numbers.get(e164) instanceof Held held ? Optional.of(held.holder()) : Optional.empty();
    }

    /** Every held number and its holder (a copy), for checks and the admin picture. */
    public Map<String, Holder> holders() {
        Map<String, Holder> held = new HashMap<>();
        numbers.forEach((number, status) -> {
            if (status instanceof Held h) {
                held.put(number, h.holder());
            }
        });
        return held;
    }

    /**
     * Up to {@code limit} available numbers of a country and type, in number order, starting with {@code prefix}
     * (null: any) and coming after {@code after} (null: from the first). Only the ranges that can hold such a
     * number are visited, so the time goes with the page and the numbers held in it, not with the inventory.
     */
    public List<AvailableNumber> search(String countryCode, String type, String prefix, String after, Instant now,
                                        int limit) {
        NavigableMap<String, NumberRange> ranges = BY_KIND.get(kind(countryCode, type));
        List<AvailableNumber> found = new ArrayList<>();
        if (ranges == null) {
            return found;
        }
        String from = after != null && (prefix == null || after.compareTo(prefix) > 0) ? after : prefix;
        String start = from == null ? null : ranges.floorKey(from);
        for (NumberRange range : (start == null ? ranges : ranges.tailMap(start, true)).values()) {
            if (found.size() >= limit) {
                break;
            }
            if (prefix != null && range.prefix().compareTo(prefix) > 0 && !range.prefix().startsWith(prefix)) {
                break; // every later range sorts after all numbers that start with the prefix
            }
            int[] window = range.window(prefix);
            int index = after == null ? window[0] : Math.max(window[0], range.indexAfter(after));
            for (; index < window[1] && found.size() < limit; index++) {
                String number = range.number(index);
                if (isAvailable(number, now)) {
                    found.add(new AvailableNumber(number, countryCode, type));
                }
            }
        }
        return found;
    }

    /** Released numbers still cooling down at {@code now}, with the time each is available again. */
    public Map<String, Instant> coolingDown(Instant now) {
        Map<String, Instant> cooling = new TreeMap<>();
        numbers.forEach((number, status) -> {
            if (status instanceof CoolingDown c && now.isBefore(c.until())) {
                cooling.put(number, c.until());
            }
        });
        return cooling;
    }

    /** Puts a number into its release cooldown until {@code until}, whoever held it (a state file is loading). */
    public void restoreCooldown(String e164, Instant until) {
        numbers.put(e164, new CoolingDown(until));
    }

    /** Gives a number to {@code holder}, whatever its status was (a state file is loading). */
    public void restoreHold(String e164, Holder holder) {
        numbers.put(e164, new Held(holder));
    }

    public void reset() {
        numbers.clear();
    }
}
