package dev.connectconformance.simulator.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.simulator.realism.ThrottleMode;
import dev.connectconformance.simulator.statefile.StateDocument;
import dev.connectconformance.simulator.statefile.StateFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed client for a simulator's admin endpoints ({@code /__admin/connect/...}): what the public API cannot do,
 * such as resetting, moving the clock, setting quotas and injecting faults. Works against any server that runs
 * the simulator: the embedded or standalone one, or a WireMockServer with the Connect extensions. An answer other
 * than 200 becomes a {@link SimulatorAdminException} carrying the status and the simulator's message. A simulator
 * bound beyond loopback wants its admin token: give it to the constructor (or use
 * {@code ConnectSimulator.adminClient()}).
 */
public final class SimulatorAdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param endpoint the simulator's base URL, e.g. {@code http://127.0.0.1:41237} */
    public SimulatorAdminClient(URI endpoint) {
        this(endpoint, null);
    }

    /**
     * For a simulator whose admin API needs a token (one bound beyond loopback, or started with --admin-token).
     *
     * @param adminToken the token the simulator printed or was given; null for none
     */
    public SimulatorAdminClient(URI endpoint, String adminToken) {
        this.endpoint = endpoint;
        this.adminToken = adminToken;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Forgets every account, frees every number, restores the quotas, clears faults and resets the clock. */
    public void reset() {
        send("POST", "reset", null);
    }

    /** The simulator's current time. */
    public Instant now() {
        return Instant.parse(send("GET", "clock", null).path("now").asText());
    }

    /** Moves the simulator's clock forward; asynchronous work that falls due completes. Returns the new time. */
    public Instant advanceClock(Duration by) {
        return Instant.parse(send("POST", "clock/advance", object().put("by", by.toString())).path("now").asText());
    }

    /** The state as JSON, in the state-file format (docs/state-format.md). */
    public JsonNode state() {
        return send("GET", "state", null);
    }

    /** The whole state as a state document (docs/state-format.md): accounts, clock, quotas, pending work. */
    public StateDocument exportState() {
        return StateFormat.read(sendBytes("GET", "state", null));
    }

    /** One account's state as a state document (without the shared cooldowns); empty accounts if it has none. */
    public StateDocument exportState(String accountId) {
        return StateFormat.read(sendBytes("GET", "state?account="
                + URLEncoder.encode(accountId, StandardCharsets.UTF_8), null));
    }

    /**
     * Loads a state document: its accounts replace the simulator's accounts of the same id (others stay); its
     * clock and quotas become the simulator's. A document that does not validate is refused with a
     * {@link SimulatorAdminException} (status 400, naming the field) and changes nothing.
     */
    public void importState(StateDocument document) {
        sendBytes("PUT", "state", StateFormat.bytes(document));
    }

    /** Loads a state file (an export, a persisted state file or a snapshot of an account), as above. */
    public void importState(Path file) {
        try {
            sendBytes("PUT", "state", Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read state file " + file, e);
        }
    }

    public Quotas quotas() {
        return quotas(send("GET", "quotas", null));
    }

    /** Sets the default claimed-number limit per instance or traffic distribution group. */
    public Quotas setPhoneNumbersPerTarget(int limit) {
        return quotas(send("POST", "quotas", object().put("phoneNumbersPerTarget", limit)));
    }

    /** Sets the claimed-number limit of one instance or traffic distribution group, by ARN. */
    public Quotas setPhoneNumbersPerTarget(String targetArn, int limit) {
        return quotas(send("POST", "quotas", object().put("phoneNumbersPerTarget", limit).put("targetArn", targetArn)));
    }

    /** Sets the default number of instances (a replica counts in its region) an account may have per region. */
    public Quotas setInstancesPerRegion(int limit) {
        return quotas(send("POST", "quotas", object().put("instancesPerRegion", limit)));
    }

    /** Sets the number of instances one account may have per region, as a quota increase would. */
    public Quotas setInstancesPerRegion(String accountId, int limit) {
        return quotas(send("POST", "quotas", object().put("instancesPerRegion", limit).put("accountId", accountId)));
    }

    /** Arms a fault; returns every fault now in force. */
    public List<ArmedFault> addFault(Fault fault) {
        ObjectNode body = object().put("operation", fault.operation());
        if (fault.errorCode() != null) {
            body.put("errorCode", fault.errorCode());
        }
        if (fault.message() != null) {
            body.put("message", fault.message());
        }
        if (!fault.latency().isZero()) {
            body.put("latency", fault.latency().toString());
        }
        if (!fault.hitsEveryCall()) {
            body.put("times", fault.times());
        }
        return faults(send("POST", "faults", body));
    }

    /** The faults in force, each with the calls it will still hit; used-up ones are gone. */
    public List<ArmedFault> faults() {
        return faults(send("GET", "faults", null));
    }

    public void clearFaults() {
        send("DELETE", "faults", null);
    }

    /**
     * Makes the next {@code times} asynchronous completions of an operation fail (e.g. a traffic distribution
     * group ends CREATION_FAILED); returns the failures now armed, by operation.
     */
    public Map<String, Integer> addAsyncFailure(String operation, int times) {
        return asyncFailures(send("POST", "async-failures", object().put("operation", operation).put("times", times)));
    }

    /** The asynchronous failures still armed, by operation. */
    public Map<String, Integer> asyncFailures() {
        return asyncFailures(send("GET", "async-failures", null));
    }

    public void clearAsyncFailures() {
        send("DELETE", "async-failures", null);
    }

    /** The throttle mode and propagation delay in force. */
    public Realism realism() {
        return realism(send("GET", "realism", null));
    }

    /** Throttles API calls as AWS documents ({@code AWS}, with full buckets) or not ({@code OFF}). */
    public Realism setThrottle(ThrottleMode mode) {
        return realism(send("POST", "realism", object().put("throttle", mode.word())));
    }

    /** For this long on the simulator clock after a write, reads see the state before it (zero: at once). */
    public Realism setPropagationDelay(Duration delay) {
        return realism(send("POST", "realism", object().put("propagationDelay", delay.toString())));
    }

    private static Realism realism(JsonNode node) {
        return new Realism(ThrottleMode.parse(node.path("throttle").asText()),
                Duration.parse(node.path("propagationDelay").asText()));
    }

    private static Quotas quotas(JsonNode node) {
        Map<String, Integer> overrides = new LinkedHashMap<>();
        node.path("overrides").properties().forEach(e -> overrides.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> instanceOverrides = new LinkedHashMap<>();
        node.path("instanceOverrides").properties().forEach(e -> instanceOverrides.put(e.getKey(), e.getValue().asInt()));
        return new Quotas(node.path("phoneNumbersPerTarget").asInt(), overrides,
                node.path("instancesPerRegion").asInt(Quotas.DEFAULT_INSTANCES_PER_REGION), instanceOverrides);
    }

    private static List<ArmedFault> faults(JsonNode node) {
        List<ArmedFault> faults = new ArrayList<>();
        for (JsonNode f : node.path("faults")) {
            Fault fault = new Fault(f.path("operation").asText(), textOrNull(f, "errorCode"),
                    textOrNull(f, "message"), Duration.parse(f.path("latency").asText("PT0S")),
                    f.path("times").asInt(Fault.EVERY_CALL));
            faults.add(new ArmedFault(fault, f.path("remaining").asInt(Fault.EVERY_CALL)));
        }
        return List.copyOf(faults);
    }

    private static Map<String, Integer> asyncFailures(JsonNode node) {
        Map<String, Integer> armed = new LinkedHashMap<>();
        node.path("asyncFailures").properties().forEach(e -> armed.put(e.getKey(), e.getValue().asInt()));
        return Map.copyOf(armed);
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private JsonNode send(String method, String path, ObjectNode body) {
        return parse(new String(sendBytes(method, path, body == null ? null
                : body.toString().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    /** Sends a request and answers the body of a 200; anything else becomes a {@link SimulatorAdminException}. */
    private byte[] sendBytes(String method, String path, byte[] body) {
        String request = method + " /__admin/connect/" + path;
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve("/__admin/connect/" + path))
                .timeout(TIMEOUT).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (adminToken != null) {
            builder.header("Authorization", "Bearer " + adminToken);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("simulator admin " + request + " failed at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during simulator admin " + request, e);
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode answer = parse(text);
        if (response.statusCode() != 200) {
            // Admin routes answer {"message"}; a refusal at the simulator's edge has the AWS shape, {"Message"}.
            String message = answer != null && answer.hasNonNull("message") ? answer.get("message").asText()
                    : answer != null && answer.hasNonNull("Message") ? answer.get("Message").asText()
                    : text;
            throw new SimulatorAdminException(request, response.statusCode(), message);
        }
        if (answer == null) {
            throw new IllegalStateException("simulator admin " + request + " answered something other than JSON; is "
                    + endpoint + " a Connect simulator? " + text);
        }
        return response.body();
    }

    /** The answer as JSON (an empty object for an empty body), or null when it is not JSON. */
    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
