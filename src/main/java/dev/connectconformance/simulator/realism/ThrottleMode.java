package dev.connectconformance.simulator.realism;

import java.util.Locale;

/** Whether the simulator throttles API calls: {@code off} (the default, as fast as it can) or as {@code aws} documents. */
public enum ThrottleMode {
    OFF, AWS;

    /** {@code off} or {@code aws}, in any case; anything else is refused with a message naming the choices. */
    public static ThrottleMode parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "off" -> OFF;
            case "aws" -> AWS;
            default -> throw new IllegalArgumentException("throttle mode must be 'off' or 'aws', not '"
                    + (value.length() > 40 ? value.substring(0, 40) + "..." : text) + "'");
        };
    }

    /** The word the command line and the admin API use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
