package dev.connectconformance.simulator.admin.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /faults}: an error and/or a latency for the calls of an operation ({@code *}: all). Left out:
 * {@code errorCode} (latency only), {@code message} (the simulator's default), {@code latency} (none),
 * {@code times} (every call).
 *
 * @param latency a duration as text ({@code 200ms}, {@code PT0.2S}); at most 10 minutes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRequest(String operation, String errorCode, String message, String latency, Integer times) {
}
