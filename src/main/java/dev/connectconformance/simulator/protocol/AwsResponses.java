package dev.connectconformance.simulator.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes responses the way restJson1 services do. This is the one error writer: every error carries the
 * status the service model gives its code, an {@code x-amzn-ErrorType} header and a {@code {"Message": ...}}
 * body, and every response carries an {@code x-amzn-RequestId}.
 */
public final class AwsResponses {

    private final ServiceModel model;

    public AwsResponses(ServiceModel model) {
        this.model = model;
    }

    /** A success whose JSON is already written (no bytes for no body). */
    public ApiResponse success(String requestId, byte[] json) {
        return new ApiResponse(200, headers(requestId), json, Duration.ZERO);
    }

    /** An error with a modelled code: its status comes from the service model. */
    public ApiResponse error(String requestId, String code, String message) {
        return error(requestId, model.errorStatus(code), code, message);
    }

    /** An error outside the model (unknown operation, oversized body): the status is given. */
    public ApiResponse error(String requestId, int status, String code, String message) {
        Map<String, String> headers = headers(requestId);
        headers.put("x-amzn-ErrorType", code);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("Message", message);
        return new ApiResponse(status, headers, JsonText.bytesOf(body), Duration.ZERO);
    }

    private static Map<String, String> headers(String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-amzn-RequestId", requestId);
        return headers;
    }
}
