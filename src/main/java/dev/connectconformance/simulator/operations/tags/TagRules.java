package dev.connectconformance.simulator.operations.tags;

import dev.connectconformance.simulator.operations.ConnectError;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Tag rules the model's patterns do not cover: the "aws:" prefix is reserved in any letter case (the model's
 * pattern only refuses lower case), and a resource holds at most 50 tags in total, not just per request.
 */
public final class TagRules {

    private static final int MAX_TAGS_PER_RESOURCE = 50;
    private static final String RESERVED_PREFIX = "aws:";

    private TagRules() {
    }

    public static void checkKeys(Collection<String> keys, String field) {
        keys.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)).findFirst()
                .ifPresent(k -> {
                    throw ConnectError.invalidParameter(field + ": tag key '" + k + "' starts with the reserved "
                            + "prefix 'aws:'");
                });
    }

    /** Checks that adding {@code added} to {@code current} keeps the resource within the tag limit. */
    static void checkRoom(Map<String, String> current, Map<String, String> added) {
        long total = current.size() + added.keySet().stream().filter(k -> !current.containsKey(k)).count();
        if (total > MAX_TAGS_PER_RESOURCE) {
            throw ConnectError.invalidParameter("tags: a resource can have at most " + MAX_TAGS_PER_RESOURCE
                    + " tags; this request would give it " + total);
        }
    }
}
