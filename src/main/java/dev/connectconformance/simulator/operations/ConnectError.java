package dev.connectconformance.simulator.operations;

/**
 * A failure the Connect API reports to its caller. It carries the modelled error code (the exception shape
 * name); the HTTP status comes from the service model when the error is written, so it cannot drift.
 */
public final class ConnectError extends RuntimeException {

    private final String code;

    public ConnectError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ConnectError resourceNotFound(String message) {
        return new ConnectError("ResourceNotFoundException", message);
    }

    public static ConnectError invalidParameter(String message) {
        return new ConnectError("InvalidParameterException", message);
    }

    public static ConnectError invalidRequest(String message) {
        return new ConnectError("InvalidRequestException", message);
    }

    public static ConnectError resourceInUse(String message) {
        return new ConnectError("ResourceInUseException", message);
    }

    public static ConnectError resourceNotReady(String message) {
        return new ConnectError("ResourceNotReadyException", message);
    }

    public static ConnectError serviceQuotaExceeded(String message) {
        return new ConnectError("ServiceQuotaExceededException", message);
    }

    public static ConnectError resourceConflict(String message) {
        return new ConnectError("ResourceConflictException", message);
    }

    public static ConnectError idempotency(String message) {
        return new ConnectError("IdempotencyException", message);
    }

    public static ConnectError duplicateResource(String message) {
        return new ConnectError("DuplicateResourceException", message);
    }
}
