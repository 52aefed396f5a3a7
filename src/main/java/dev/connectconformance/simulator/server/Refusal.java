package dev.connectconformance.simulator.server;

/**
 * An answer the edge gives instead of passing a request on, in the AWS error shape. {@code closeConnection}: the
 * rest of the request (an oversized or broken body) is not worth reading, so the connection ends with the answer.
 */
record Refusal(int status, String errorType, String message, boolean closeConnection) {

    static Refusal of(int status, String errorType, String message) {
        return new Refusal(status, errorType, message, false);
    }

    static Refusal closing(int status, String errorType, String message) {
        return new Refusal(status, errorType, message, true);
    }

    static Refusal bodyTooLarge(long size, int limit) {
        String received = size < 0 ? "more than " + limit + " bytes" : size + " bytes";
        return closing(413, "RequestEntityTooLargeException",
                "Request body of " + received + " exceeds the limit of " + limit + " bytes");
    }

    static Refusal malformedBody(String detail) {
        return closing(400, "InvalidRequestException", detail);
    }
}
