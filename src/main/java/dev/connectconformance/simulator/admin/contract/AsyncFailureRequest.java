package dev.connectconformance.simulator.admin.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code POST /async-failures}: the next {@code times} (default 1) asynchronous completions of an operation fail. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AsyncFailureRequest(String operation, Integer times) {
}
