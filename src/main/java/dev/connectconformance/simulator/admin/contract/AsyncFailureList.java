package dev.connectconformance.simulator.admin.contract;

import java.util.Map;

/** The asynchronous failures still armed, by operation, as {@code /async-failures} answers them. */
public record AsyncFailureList(Map<String, Integer> asyncFailures) {

    public AsyncFailureList {
        asyncFailures = asyncFailures == null ? Map.of() : asyncFailures;
    }
}
