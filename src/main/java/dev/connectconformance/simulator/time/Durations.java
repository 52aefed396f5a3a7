package dev.connectconformance.simulator.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations the way people write them on a command line: {@code 0}, {@code 500ms}, {@code 2s}, {@code PT2S}. */
public final class Durations {

    /** The longest the simulator clock moves in one step: longer moves only serve to break the clock. */
    public static final Duration MAX_CLOCK_MOVE = Duration.ofDays(36_525);
    /** The longest injected latency: enough for any timeout test, short enough not to park a request for ever. */
    public static final Duration MAX_LATENCY = Duration.ofMinutes(10);

    /** At most 18 digits: every such amount fits a long, whatever the unit, before Duration's own range is checked. */
    private static final Pattern SHORT = Pattern.compile("(\\d{1,18})\\s*(ms|s|m|h|d)?");

    private Durations() {
    }

    public static Duration parse(String text) {
        String value = text.trim();
        try {
            if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
                return nonNegative(Duration.parse(value.toUpperCase(Locale.ROOT)), text);
            }
            return parseShort(value, text);
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("duration '" + shorten(text) + "' is too large");
        } catch (DateTimeParseException malformedOrTooLarge) {
            throw new IllegalArgumentException("not a duration the simulator can use: '" + shorten(text) + "'");
        }
    }

    /** Parses and checks an upper bound; {@code what} names the value in the message ("latency"). */
    public static Duration parseAtMost(String text, Duration max, String what) {
        Duration duration = parse(text);
        if (duration.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be at most " + describe(max) + ", not '" + shorten(text) + "'");
        }
        return duration;
    }

    private static Duration parseShort(String value, String text) {
        Matcher m = SHORT.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not a duration: '" + shorten(text) + "' (use e.g. 0, 500ms, 2s, 5m, 1h, 180d or PT2S)");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? (amount == 0 ? "s" : "") : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException(
                    "duration '" + text + "' needs a unit (ms, s, m, h, d), e.g. " + amount + "ms");
        };
    }

    private static Duration nonNegative(Duration d, String text) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: '" + shorten(text) + "'");
        }
        return d;
    }

    private static String describe(Duration max) {
        return max.toDaysPart() > 0 && max.toHoursPart() == 0 && max.toMinutesPart() == 0 ? max.toDays() + "d"
                : max.toMinutes() + "m";
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
