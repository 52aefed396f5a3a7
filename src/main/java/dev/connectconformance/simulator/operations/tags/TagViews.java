package dev.connectconformance.simulator.operations.tags;

import java.util.Map;

/**
 * How a resource's tags appear in an answer. The model's TagMap has a minimum of one entry, so the service leaves
 * the member out when a resource has no tags (ERR-03); the SDKs then show an empty map, the CLI no "Tags" key.
 */
public final class TagViews {

    private TagViews() {
    }

    /** The tags to put on a response builder: null (member left out) when there are none. */
    public static Map<String, String> shown(Map<String, String> tags) {
        return tags == null || tags.isEmpty() ? null : tags;
    }
}
