package dev.connectconformance.simulator.servicequotas;

/** A Service Quotas error: its {@code __type} and HTTP status, as the JSON 1.1 protocol sends them. */
final class ServiceQuotasError extends RuntimeException {

    private final String type;
    private final int status;

    private ServiceQuotasError(String type, int status, String message) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
    }

    static ServiceQuotasError noSuchResource(String message) {
        return new ServiceQuotasError("NoSuchResourceException", 400, message);
    }

    static ServiceQuotasError illegalArgument(String message) {
        return new ServiceQuotasError("IllegalArgumentException", 400, message);
    }

    static ServiceQuotasError invalidPaginationToken(String message) {
        return new ServiceQuotasError("InvalidPaginationTokenException", 400, message);
    }

    static ServiceQuotasError unknownOperation(String message) {
        return new ServiceQuotasError("UnknownOperationException", 400, message);
    }

    static ServiceQuotasError missingAuthenticationToken(String message) {
        return new ServiceQuotasError("MissingAuthenticationTokenException", 400, message);
    }

    String type() {
        return type;
    }

    int status() {
        return status;
    }
}
