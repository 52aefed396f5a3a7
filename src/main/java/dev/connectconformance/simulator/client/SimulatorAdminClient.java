package dev.connectconformance.simulator.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectconformance.simulator.admin.contract.AdminJson;
import dev.connectconformance.simulator.admin.contract.AsyncFailureList;
import dev.connectconformance.simulator.admin.contract.AsyncFailureRequest;
import dev.connectconformance.simulator.admin.contract.ClockAdvance;
import dev.connectconformance.simulator.admin.contract.ClockState;
import dev.connectconformance.simulator.admin.contract.FaultList;
import dev.connectconformance.simulator.admin.contract.FaultRequest;
import dev.connectconformance.simulator.admin.contract.InstanceQuotaChange;
import dev.connectconformance.simulator.admin.contract.Message;
import dev.connectconformance.simulator.admin.contract.PhoneNumberQuotaChange;
import dev.connectconformance.simulator.admin.contract.QuotasState;
import dev.connectconformance.simulator.admin.contract.RealismChange;
import dev.connectconformance.simulator.admin.contract.RealismState;
import dev.connectconformance.simulator.realism.ThrottleMode;
import dev.connectconformance.simulator.statefile.StateDocument;
import dev.connectconformance.simulator.statefile.StateFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A typed client for a simulator's admin endpoints ({@code /__admin/connect/...}): what the public API cannot do,
 * such as resetting, moving the clock, setting quotas and injecting faults. Works against any server that runs
 * the simulator: the embedded or standalone one, or a WireMockServer with the Connect extensions. An answer other
 * than 200 becomes a {@link SimulatorAdminException} carrying the status and the simulator's message. A simulator
 * bound beyond loopback wants its admin token: give it to the constructor (or use
 * {@code ConnectSimulator.adminClient()}). Bodies and answers are the records of {@code admin.contract}, which the
 * simulator's admin routes share.
 */
public final class SimulatorAdminClient {

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
        send("POST", "reset", null, Message.class);
    }

    /** The simulator's current time. */
    public Instant now() {
        return send("GET", "clock", null, ClockState.class).now();
    }

    /** Moves the simulator's clock forward; asynchronous work that falls due completes. Returns the new time. */
    public Instant advanceClock(Duration by) {
        return send("POST", "clock/advance", new ClockAdvance(by.toString()), ClockState.class).now();
    }

    /** The state as JSON, in the state-file format (docs/state-format.md). */
    public JsonNode state() {
        return send("GET", "state", null, JsonNode.class);
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
        return quotas(send("GET", "quotas", null, QuotasState.class));
    }

    /** Sets the default claimed-number limit per instance or traffic distribution group. */
    public Quotas setPhoneNumbersPerTarget(int limit) {
        return setPhoneNumberQuota(new PhoneNumberQuotaChange(limit, null));
    }

    /** Sets the claimed-number limit of one instance or traffic distribution group, by ARN. */
    public Quotas setPhoneNumbersPerTarget(String targetArn, int limit) {
        return setPhoneNumberQuota(new PhoneNumberQuotaChange(limit, targetArn));
    }

    /** Sets the default number of instances (a replica counts in its region) an account may have per region. */
    public Quotas setInstancesPerRegion(int limit) {
        return setInstanceQuota(new InstanceQuotaChange(limit, null));
    }

    /** Sets the number of instances one account may have per region, as a quota increase would. */
    public Quotas setInstancesPerRegion(String accountId, int limit) {
        return setInstanceQuota(new InstanceQuotaChange(limit, accountId));
    }

    private Quotas setPhoneNumberQuota(PhoneNumberQuotaChange change) {
        return quotas(send("POST", "quotas/phone-numbers", change, QuotasState.class));
    }

    private Quotas setInstanceQuota(InstanceQuotaChange change) {
        return quotas(send("POST", "quotas/instances", change, QuotasState.class));
    }

    /** Arms a fault; returns every fault now in force. */
    public List<ArmedFault> addFault(Fault fault) {
        FaultRequest request = new FaultRequest(fault.operation(), fault.errorCode(), fault.message(),
                fault.latency().isZero() ? null : fault.latency().toString(),
                fault.hitsEveryCall() ? null : fault.times());
        return faults(send("POST", "faults", request, FaultList.class));
    }

    /** The faults in force, each with the calls it will still hit; used-up ones are gone. */
    public List<ArmedFault> faults() {
        return faults(send("GET", "faults", null, FaultList.class));
    }

    public void clearFaults() {
        send("DELETE", "faults", null, FaultList.class);
    }

    /**
     * Makes the next {@code times} asynchronous completions of an operation fail (e.g. a traffic distribution
     * group ends CREATION_FAILED); returns the failures now armed, by operation.
     */
    public Map<String, Integer> addAsyncFailure(String operation, int times) {
        return asyncFailures(send("POST", "async-failures", new AsyncFailureRequest(operation, times),
                AsyncFailureList.class));
    }

    /** The asynchronous failures still armed, by operation. */
    public Map<String, Integer> asyncFailures() {
        return asyncFailures(send("GET", "async-failures", null, AsyncFailureList.class));
    }

    public void clearAsyncFailures() {
        send("DELETE", "async-failures", null, AsyncFailureList.class);
    }

    /** The throttle mode and propagation delay in force. */
    public Realism realism() {
        return realism(send("GET", "realism", null, RealismState.class));
    }

    /** Throttles API calls as AWS documents ({@code AWS}, with full buckets) or not ({@code OFF}). */
    public Realism setThrottle(ThrottleMode mode) {
        return realism(send("POST", "realism", new RealismChange(mode.word(), null), RealismState.class));
    }

    /** For this long on the simulator clock after a write, reads see the state before it (zero: at once). */
    public Realism setPropagationDelay(Duration delay) {
        return realism(send("POST", "realism", new RealismChange(null, delay.toString()), RealismState.class));
    }

    private static Realism realism(RealismState state) {
        return new Realism(ThrottleMode.parse(state.throttle()), state.propagationDelay());
    }

    private static Quotas quotas(QuotasState state) {
        return new Quotas(state.phoneNumbersPerTarget(), state.overrides(), state.instancesPerRegion() == null
                ? Quotas.DEFAULT_INSTANCES_PER_REGION : state.instancesPerRegion(), state.instanceOverrides());
    }

    private static List<ArmedFault> faults(FaultList list) {
        return list.faults().stream().map(f -> new ArmedFault(new Fault(f.operation(), f.errorCode(), f.message(),
                f.latency(), everyCallIfAbsent(f.times())), everyCallIfAbsent(f.remaining()))).toList();
    }

    private static int everyCallIfAbsent(Integer calls) {
        return calls == null ? Fault.EVERY_CALL : calls;
    }

    private static Map<String, Integer> asyncFailures(AsyncFailureList list) {
        return Map.copyOf(list.asyncFailures());
    }

    /** Sends a record (or nothing) and reads the answer of a 200 as the record it is. */
    private <T> T send(String method, String path, Object body, Class<T> answer) {
        byte[] json = sendBytes(method, path, body == null ? null : AdminJson.bytes(body));
        return AdminJson.read(parse(new String(json, StandardCharsets.UTF_8)), answer);
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
            throw new SimulatorAdminException(request, response.statusCode(), refusal(answer, text));
        }
        if (answer == null) {
            throw new IllegalStateException("simulator admin " + request + " answered something other than JSON; is "
                    + endpoint + " a Connect simulator? " + text);
        }
        return response.body();
    }

    /**
     * Why a request was refused: admin routes answer {"message"}, a refusal at the simulator's edge has the AWS
     * shape, {"Message"}; anything else is given as it came.
     */
    private static String refusal(JsonNode answer, String text) {
        if (answer != null && answer.isObject()) {
            try {
                String message = AdminJson.read(answer, Message.class).text();
                if (message != null) {
                    return message;
                }
            } catch (IllegalStateException notAMessage) {
                // an answer of another shape: given as it came, below
            }
        }
        return text;
    }

    /** The answer as JSON (an empty object for an empty body), or null when it is not JSON. */
    private static JsonNode parse(String text) {
        try {
            return AdminJson.tree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
