package dev.connectconformance.simulator.faults;

import java.time.Duration;

/**
 * A fault to inject into calls of one operation ("*" for all): an error to answer with instead of running the
 * operation, and/or latency to add, for the next {@code times} calls (or every call when times is negative).
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
