package dev.connectconformance.simulator.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/** The AWS error shape for answers made at the edge: x-amzn-ErrorType, x-amzn-RequestId and {"Message": ...}. */
final class AwsErrors {

    private AwsErrors() {
    }

    static String errorTypeFor(int status) {
        return switch (status) {
            case 403 -> "AccessDeniedException";
            case 404 -> "UnknownOperationException";
            case 408 -> "RequestTimeoutException";
            case 413 -> "RequestEntityTooLargeException";
            case 503 -> "ServiceUnavailableException";
            default -> status >= 500 ? "InternalServiceException" : "InvalidRequestException";
        };
    }

    static byte[] body(String message) {
        return JsonNodeFactory.instance.objectNode().put("Message", message).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    static void write(HttpServletResponse response, Refusal refusal) throws IOException {
        response.setStatus(refusal.status());
        response.setContentType("application/json");
        response.setHeader("x-amzn-ErrorType", refusal.errorType());
        response.setHeader("x-amzn-RequestId", UUID.randomUUID().toString());
        if (refusal.closeConnection()) {
            response.setHeader("Connection", "close");
        }
        byte[] body = body(refusal.message());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
