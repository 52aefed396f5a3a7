package dev.connectconformance.simulator.admin.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /realism}: either or both of the throttle mode ({@code off}, {@code aws}) and the propagation
 * delay (a duration as text, at most 1h).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RealismChange(String throttle, String propagationDelay) {
}
