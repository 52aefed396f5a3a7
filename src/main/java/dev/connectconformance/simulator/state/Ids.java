package dev.connectconformance.simulator.state;

import java.util.UUID;
import java.util.regex.Pattern;

/** Resource ids: lower-case UUIDs, as Connect issues them. */
public final class Ids {

    private static final Pattern UUID_FORM =
            Pattern.compile("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$");

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static boolean isUuid(String text) {
        return text != null && UUID_FORM.matcher(text).matches();
    }
}
