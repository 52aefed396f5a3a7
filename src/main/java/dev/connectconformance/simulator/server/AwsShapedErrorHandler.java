package dev.connectconformance.simulator.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Answers requests Jetty refuses before any handler sees them (an undecodable %ZZ, a path that climbs above the
 * root) with the same AWS shape as every other error, instead of Jetty's HTML page.
 */
final class AwsShapedErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put("x-amzn-ErrorType", errorType(status));
        fields.put("x-amzn-RequestId", UUID.randomUUID().toString());
        return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        response.setContentType("application/json");
        response.setHeader("x-amzn-ErrorType", errorType(code));
        response.setHeader("x-amzn-RequestId", UUID.randomUUID().toString());
        response.getOutputStream().write(body(code, message).getBytes(StandardCharsets.UTF_8));
        baseRequest.setHandled(true);
    }

    private static String errorType(int status) {
        return status == 413 ? "RequestEntityTooLargeException"
                : status >= 500 ? "InternalServiceException" : "InvalidRequestException";
    }

    private static String body(int status, String reason) {
        String detail = reason == null || reason.isBlank() ? "the request is malformed" : reason;
        String text = "The request was refused before reaching an operation (HTTP " + status + "): " + detail;
        return "{\"Message\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
