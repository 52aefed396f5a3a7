package dev.connectconformance.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.connectconformance.simulator.faults.AsyncFailures;
import dev.connectconformance.simulator.faults.FaultInjector;
import dev.connectconformance.simulator.faults.FaultRule;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.simulator.realism.PropagationDelay;
import dev.connectconformance.simulator.realism.RealismControls;
import dev.connectconformance.simulator.realism.ThrottleMode;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.statefile.StateDocument;
import dev.connectconformance.simulator.statefile.StateExport;
import dev.connectconformance.simulator.statefile.StateFileException;
import dev.connectconformance.simulator.statefile.StateFormat;
import dev.connectconformance.simulator.statefile.StateImport;
import dev.connectconformance.simulator.time.Durations;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulator's controls, under WireMock's admin prefix ({@code /__admin/connect/...}): reset, the clock,
 * the state (export and import, in the state-file format), quotas, fault injection, failures of asynchronous completions
 * and the opt-in realism (throttling, propagation delay). Bad input, including values out
 * of range (a clock move over 100 years, a latency over 10 minutes), gets a 400 with a message, like the API
 * itself. Who may call these routes at all is decided before they run, at the server's edge.
 */
public final class ConnectAdminApi implements AdminApiExtension {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(ConnectAdminApi.class.getName());
    /** The clock never passes the last instant ISO-8601 writes without a sign, so every timestamp stays readable. */
    private static final Instant LATEST_CLOCK = Instant.parse("9999-12-31T23:59:59Z");
    private static final int MAX_QUOTA = 1_000_000;
    private static final int MAX_TIMES = 1_000_000_000;

    private final ConnectStore store;
    private final SimulatorClock clock;
    private final FaultInjector faults;
    private final AsyncFailures asyncFailures;
    private final RealismControls realism;
    private final Runnable reset;

    /** @param reset back to an empty world, the same reset the Java API makes */
    public ConnectAdminApi(ConnectStore store, SimulatorClock clock, FaultInjector faults, AsyncFailures asyncFailures,
                           RealismControls realism, Runnable reset) {
        this.store = store;
        this.clock = clock;
        this.faults = faults;
        this.asyncFailures = asyncFailures;
        this.realism = realism;
        this.reset = reset;
    }

    @Override
    public String getName() {
        return "connect-admin";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.POST, "/connect/reset", (admin, event, params) -> respond(event, body -> {
            reset.run();
            return message("reset");
        }));
        router.add(RequestMethod.GET, "/connect/clock", (admin, event, params) -> respond(event, body -> clockState()));
        router.add(RequestMethod.POST, "/connect/clock/advance", (admin, event, params) -> respond(event, body -> {
            clock.advance(clockMove(required(body, "by")));
            return clockState();
        }));
        router.add(RequestMethod.GET, "/connect/state", (admin, event, params) -> state(event));
        router.add(RequestMethod.PUT, "/connect/state", (admin, event, params) -> importState(event));
        router.add(RequestMethod.GET, "/connect/quotas", (admin, event, params) -> respond(event, body -> quotas()));
        router.add(RequestMethod.POST, "/connect/quotas", (admin, event, params) -> respond(event, body -> {
            if (body.has("instancesPerRegion")) {
                setInstanceQuota(body);
                return quotas();
            }
            int limit = requiredInt(body, "phoneNumbersPerTarget", 0, MAX_QUOTA);
            if (body.hasNonNull("targetArn")) {
                store.quotas().setFor(body.get("targetArn").asText(), limit);
            } else {
                store.quotas().setDefault(limit);
            }
            return quotas();
        }));
        router.add(RequestMethod.GET, "/connect/faults", (admin, event, params) -> respond(event, body -> faultList()));
        router.add(RequestMethod.POST, "/connect/faults", (admin, event, params) -> respond(event, body -> {
            faults.arm(faultRule(body));
            return faultList();
        }));
        router.add(RequestMethod.DELETE, "/connect/faults", (admin, event, params) -> respond(event, body -> {
            faults.clear();
            return faultList();
        }));
        router.add(RequestMethod.GET, "/connect/realism", (admin, event, params) -> respond(event, body -> realism()));
        router.add(RequestMethod.POST, "/connect/realism", (admin, event, params) -> changeRealism(event));
        router.add(RequestMethod.GET, "/connect/async-failures", (admin, event, params) ->
                respond(event, body -> asyncFailureList()));
        router.add(RequestMethod.POST, "/connect/async-failures", (admin, event, params) -> respond(event, body -> {
            int times = body.hasNonNull("times") ? requiredInt(body, "times", 1, MAX_TIMES) : 1;
            asyncFailures.arm(required(body, "operation"), times);
            return asyncFailureList();
        }));
        router.add(RequestMethod.DELETE, "/connect/async-failures", (admin, event, params) -> respond(event, body -> {
            asyncFailures.clear();
            return asyncFailureList();
        }));
    }

    private interface Action {
        JsonNode run(JsonNode body);
    }

    /**
     * WireMock finds a route's path template by the class of its task, so every route needs a lambda of its
     * own (one class each); a shared task factory would give all routes one class and the wrong template.
     */
    private static ResponseDefinition respond(ServeEvent event, Action action) {
        try {
            String text = event.getRequest().getBodyAsString();
            JsonNode body = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            return json(200, action.run(body));
        } catch (IOException e) {
            return json(400, message("the request body is not valid JSON"));
        } catch (IllegalArgumentException e) {
            return json(400, message(e.getMessage()));
        } catch (Throwable e) {
            // An admin route must not answer with WireMock's stack trace page either.
            LOG.log(Level.WARNING, "admin request " + event.getRequest().getUrl() + " failed inside the simulator", e);
            return json(500, message("The simulator failed to process the admin request: " + e));
        }
    }

    /** The state of every account, or with {@code ?account=ID} of that one account (never created by asking). */
    private ResponseDefinition state(ServeEvent event) {
        QueryParameter account = event.getRequest().queryParameter("account");
        Optional<String> only = account.isPresent() ? Optional.of(account.firstValue()) : Optional.empty();
        if (only.isPresent() && !StateExport.isAccountId(only.get())) {
            return json(400, message("'account' must be a 12-digit account id"));
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(StateExport.bytes(store, clock, only)).build();
    }

    /**
     * Loads a state document: its accounts replace the simulator's accounts of the same id. A document that does
     * not fit the format or does not validate answers 400 in the AWS error shape, naming the field, and changes
     * nothing. Answers the accounts now loaded.
     */
    private ResponseDefinition importState(ServeEvent event) {
        try {
            StateDocument document = StateFormat.read(event.getRequest().getBody());
            StateImport.load(store, clock, document);
            // an imported account is the state reads see at once: copies of the accounts it replaced would lie
            realism.propagation().clear();
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            document.accounts().keySet().forEach(answer.putArray("accounts")::add);
            answer.put("now", clock.now().toString());
            return json(200, answer);
        } catch (StateFileException e) {
            return awsShaped400(e.getMessage());
        }
    }

    /** A 400 as the API answers one: x-amzn-ErrorType and a Message (and the admin routes' message). */
    private static ResponseDefinition awsShaped400(String text) {
        ObjectNode answer = message(text);
        answer.put("Message", text);
        return ResponseDefinitionBuilder.responseDefinition().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "InvalidRequestException")
                .withBody(answer.toString()).build();
    }

    /**
     * Sets the throttle mode and/or the propagation delay. Both are read before either is applied, so a bad value
     * changes nothing; it answers 400 in the AWS error shape.
     */
    private ResponseDefinition changeRealism(ServeEvent event) {
        try {
            String text = event.getRequest().getBodyAsString();
            JsonNode body = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            Optional<ThrottleMode> throttle = Optional.ofNullable(text(body, "throttle")).map(ThrottleMode::parse);
            Optional<Duration> delay = Optional.ofNullable(text(body, "propagationDelay"))
                    .map(d -> Durations.parseAtMost(d, PropagationDelay.MAX, "the propagation delay"));
            if (throttle.isEmpty() && delay.isEmpty()) {
                throw new IllegalArgumentException("give 'throttle' (off or aws) or 'propagationDelay' (e.g. 5s)");
            }
            throttle.ifPresent(realism.throttle()::mode);
            delay.ifPresent(realism.propagation()::delay);
            return json(200, realism());
        } catch (IOException e) {
            return awsShaped400("the request body is not valid JSON");
        } catch (IllegalArgumentException e) {
            return awsShaped400(e.getMessage());
        }
    }

    /** A forward move of at most 100 years that leaves the clock before the year 10000. */
    private Duration clockMove(String text) {
        Duration by = Durations.parseAtMost(text, Durations.MAX_CLOCK_MOVE, "a clock move ('by')");
        if (clock.now().plus(by).isAfter(LATEST_CLOCK)) {
            throw new IllegalArgumentException("the simulator clock cannot move past " + LATEST_CLOCK
                    + "; reset it first");
        }
        return by;
    }

    /** A fault rule from admin input: the operation and error code must exist in the service model. */
    private static FaultRule faultRule(JsonNode body) {
        String operation = required(body, "operation");
        if (!operation.equals("*") && ServiceModel.bundled().operation(operation).isEmpty()) {
            throw new IllegalArgumentException("'" + operation + "' is not a Connect operation (or use *)");
        }
        String errorCode = text(body, "errorCode");
        if (errorCode != null && !ServiceModel.bundled().isErrorCode(errorCode)) {
            throw new IllegalArgumentException("'" + errorCode + "' is not an error of the Connect service model");
        }
        return new FaultRule(operation, errorCode, text(body, "message"),
                body.hasNonNull("latency")
                        ? Durations.parseAtMost(body.get("latency").asText(), Durations.MAX_LATENCY, "latency")
                        : Duration.ZERO,
                body.hasNonNull("times") ? requiredInt(body, "times", 1, MAX_TIMES) : -1);
    }

    private ObjectNode clockState() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("now", clock.now().toString());
        return node;
    }

    /** QT-01: the instance quota, for every account or, with an accountId, for that account only. */
    private void setInstanceQuota(JsonNode body) {
        int limit = requiredInt(body, "instancesPerRegion", 0, MAX_QUOTA);
        if (body.hasNonNull("accountId")) {
            String accountId = body.get("accountId").asText();
            if (!accountId.matches("\\d{12}")) {
                throw new IllegalArgumentException("'accountId' must be an account id of 12 digits, not '"
                        + accountId + "'");
            }
            store.quotas().setInstancesFor(accountId, limit);
        } else {
            store.quotas().setDefaultInstancesPerRegion(limit);
        }
    }

    private ObjectNode quotas() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("phoneNumbersPerTarget", store.quotas().defaultPhoneNumbersPerTarget());
        ObjectNode overrides = node.putObject("overrides");
        store.quotas().overrides().forEach(overrides::put);
        node.put("instancesPerRegion", store.quotas().defaultInstancesPerRegion());
        ObjectNode instanceOverrides = node.putObject("instanceOverrides");
        store.quotas().instanceOverrides().forEach(instanceOverrides::put);
        return node;
    }

    private ObjectNode faultList() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        faults.armed().forEach(armed -> node.withArray("faults").addObject()
                .put("operation", armed.rule().operation()).put("errorCode", armed.rule().errorCode())
                .put("message", armed.rule().message()).put("latency", armed.rule().latency().toString())
                .put("times", armed.rule().times()).put("remaining", armed.remaining()));
        return node;
    }

    private ObjectNode realism() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("throttle", realism.throttle().mode().word());
        node.put("propagationDelay", realism.propagation().delay().toString());
        return node;
    }

    private ObjectNode asyncFailureList() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode armed = node.putObject("asyncFailures");
        asyncFailures.armed().forEach(armed::put);
        return node;
    }

    private static String required(JsonNode body, String field) {
        if (!body.hasNonNull(field) || body.get(field).asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return body.get(field).asText();
    }

    private static int requiredInt(JsonNode body, String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + field + "' is required and must be a whole number");
        }
        BigInteger number = value.bigIntegerValue();
        if (number.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new IllegalArgumentException("'" + field + "' "
                    + (min == 0 ? "cannot be negative" : "must be at least " + min));
        }
        if (number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException("'" + field + "' must be at most " + max);
        }
        return number.intValueExact();
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }

    private static ObjectNode message(String text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("message", text);
        return node;
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body.toString()).build();
    }
}
