package dev.connectconformance.simulator.server;

import java.io.IOException;
import java.nio.ByteBuffer;
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

    /** Jetty writes error bodies only for GET, POST and HEAD; Connect clients also PUT and DELETE. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put("x-amzn-ErrorType", AwsErrors.errorTypeFor(status));
        fields.put("x-amzn-RequestId", UUID.randomUUID().toString());
        return ByteBuffer.wrap(AwsErrors.body(message(status, reason)));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        AwsErrors.write(response, Refusal.of(code, AwsErrors.errorTypeFor(code), message(code, message)));
        baseRequest.setHandled(true);
    }

    private static String message(int status, String reason) {
        String detail = reason == null || reason.isBlank() ? "the request is malformed" : reason;
        return "The request was refused before reaching an operation (HTTP " + status + "): " + detail;
    }
}
