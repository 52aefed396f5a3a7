package dev.connectconformance.migration;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A call the executor makes, as the dry run prints it: the operation, the region called and the parameters.
 *
 * @param note when the call is made (or repeated), if not always once
 */
public record PlannedCall(String operation, String region, Map<String, String> parameters, String note) {

    public PlannedCall {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /** {@code Operation  region  Name=value ...  (note)} */
    public String text() {
        String params = parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return operation + "  " + region + "  " + params + (note == null ? "" : "  (" + note + ")");
    }
}
