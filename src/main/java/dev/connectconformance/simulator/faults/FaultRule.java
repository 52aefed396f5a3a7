package dev.connectconformance.simulator.faults;

import dev.connectconformance.simulator.time.Durations;
import java.time.Duration;

/**
 * A fault to inject into calls of one operation ("*" for all): an error to answer with instead of running the
 * operation, and/or latency to add (at most {@link Durations#MAX_LATENCY}), for the next {@code times} calls (or
 * every call when times is -1).
 */
public record FaultRule(String operation, String errorCode, String message, Duration latency, int times) {

    public FaultRule {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("operation is required (an operation name or *)");
        }
        if (errorCode == null && (latency == null || latency.isZero())) {
            throw new IllegalArgumentException("a fault needs an error code, a latency, or both");
        }
        latency = latency == null ? Duration.ZERO : latency;
        if (latency.isNegative() || latency.compareTo(Durations.MAX_LATENCY) > 0) {
            // A latency beyond this used to overflow into an ArithmeticException on every matching call.
            throw new IllegalArgumentException("latency must be between 0 and 10m, not " + latency);
        }
        if (times == 0 || times < -1) {
            throw new IllegalArgumentException("'times' must be at least 1 (or left out for every call), not " + times);
        }
        message = message == null && errorCode != null ? defaultMessage(errorCode) : message;
    }

    public boolean appliesTo(String operationName) {
        return operation.equals("*") || operation.equals(operationName);
    }

    public boolean hasError() {
        return errorCode != null;
    }

    private static String defaultMessage(String errorCode) {
        return switch (errorCode) {
            case "ThrottlingException" -> "Rate exceeded";
            case "InternalServiceException" -> "Request processing failed because of an error or failure with the service.";
            default -> "Injected fault: " + errorCode;
        };
    }
}
