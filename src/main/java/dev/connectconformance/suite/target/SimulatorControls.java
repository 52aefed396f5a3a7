package dev.connectconformance.suite.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The simulator's admin endpoints ({@code /__admin/connect/...}), used by Givens for what the public API cannot
 * do: move the clock, set a target's number limit, make an operation fail.
 */
public final class SimulatorControls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SimulatorControls(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** The simulator's base URL, for raw requests that check the wire format itself. */
    public URI endpoint() {
        return endpoint;
    }

    public void advanceClock(Duration by) {
        send("POST", "clock/advance", JSON.createObjectNode().put("by", by.toMillis() + "ms"));
    }

    public void limitNumbersPerTarget(String targetArn, int limit) {
        send("POST", "quotas", JSON.createObjectNode().put("phoneNumbersPerTarget", limit).put("targetArn", targetArn));
    }

    /** The number limit that applies to a target: its own, or the default. */
    public int numbersPerTarget(String targetArn) {
        JsonNode quotas = send("GET", "quotas", null);
        JsonNode own = quotas.path("overrides").path(targetArn);
        return own.isNumber() ? own.asInt() : quotas.path("phoneNumbersPerTarget").asInt();
    }

    /** Every call of the operation answers with the error until {@link #clearFaults()}. */
    public void failEveryCall(String operation, String errorCode) {
        send("POST", "faults", JSON.createObjectNode().put("operation", operation).put("errorCode", errorCode));
    }

    /**
     * The next {@code calls} calls of the operation answer with the error. Armed as one single-use rule per call:
     * the admin list shows each rule with the count it was armed with, not what is left of it, whereas a used-up
     * rule disappears - so the number of rules listed is the number of failures not used yet.
     */
    public void failNextCalls(String operation, String errorCode, int calls) {
        for (int i = 0; i < calls; i++) {
            send("POST", "faults", JSON.createObjectNode().put("operation", operation).put("errorCode", errorCode)
                    .put("times", 1));
        }
    }

    /** Every call of the operation is answered (correctly) this much later, until {@link #clearFaults()}. */
    public void delayEveryCall(String operation, Duration latency) {
        send("POST", "faults", JSON.createObjectNode().put("operation", operation)
                .put("latency", latency.toMillis() + "ms"));
    }

    /** How many armed faults have uses left (see {@link #failNextCalls}). */
    public int faultsLeft() {
        return send("GET", "faults", null).path("faults").size();
    }

    public void clearFaults() {
        send("DELETE", "faults", null);
    }

    /** The next asynchronous completion of the operation fails (e.g. a group ends CREATION_FAILED). */
    public void failNextCompletion(String operation) {
        send("POST", "async-failures", JSON.createObjectNode().put("operation", operation).put("times", 1));
    }

    public void clearCompletionFailures() {
        send("DELETE", "async-failures", null);
    }

    private JsonNode send(String method, String path, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/__admin/connect/" + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString()));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("simulator admin " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("simulator admin " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the simulator admin API", e);
        }
    }
}
