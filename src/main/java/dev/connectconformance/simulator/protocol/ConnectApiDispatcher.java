package dev.connectconformance.simulator.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.simulator.config.SimulationSettings;
import dev.connectconformance.simulator.faults.FaultInjector;
import dev.connectconformance.simulator.faults.FaultRule;
import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.OperationRegistry.Registration;
import dev.connectconformance.simulator.protocol.OperationRouter.Route;
import dev.connectconformance.simulator.protocol.RequestInputReader.MalformedBodyException;
import dev.connectconformance.simulator.protocol.ServiceModel.OperationSpec;
import dev.connectconformance.simulator.realism.ApiThrottle;
import dev.connectconformance.simulator.realism.PropagationDelay;
import dev.connectconformance.simulator.realism.RealismControls;
import dev.connectconformance.simulator.rules.RuleListener;
import dev.connectconformance.simulator.rules.RuleTrail;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.state.IdempotencyLedger;
import dev.connectconformance.simulator.statefile.AccountCopies;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.SdkPojo;

/**
 * The request pipeline: identify the caller, route to an operation, read and validate its input against the
 * model, run it with the caller's account held, and write the result or the error. The only place that turns
 * failures into HTTP answers; nothing thrown here reaches the client as a stack trace.
 */
public final class ConnectApiDispatcher {

    private static final Logger LOG = Logger.getLogger(ConnectApiDispatcher.class.getName());
    private static final String CLIENT_TOKEN = "ClientToken";

    private final OperationRouter router;
    private final RequestInputReader inputReader;
    private final InputValidator validator;
    private final AwsResponses responses;
    private final OperationRegistry registry;
    private final ConnectStore store;
    private final SimulatorClock clock;
    private final FaultInjector faults;
    private final SimulationSettings settings;
    private final ApiThrottle throttle;
    private final PropagationDelay propagation;
    /** Present when the simulator was given access keys: then signatures and request times are checked. */
    private final Optional<SignatureVerifier> signatures;
    private final RepeatedJson repeated = RepeatedJson.withDefaultCapacity();
    private final RuleListener ruleListener;

    public ConnectApiDispatcher(ServiceModel model, OperationRegistry registry, ConnectStore store,
                                SimulatorClock clock, FaultInjector faults, RealismControls realism,
                                SimulationSettings settings) {
        this(model, registry, store, clock, faults, realism, settings, RuleListener.NONE);
    }

    public ConnectApiDispatcher(ServiceModel model, OperationRegistry registry, ConnectStore store,
                                SimulatorClock clock, FaultInjector faults, RealismControls realism,
                                SimulationSettings settings, RuleListener ruleListener) {
        this.ruleListener = ruleListener;
        this.throttle = realism.throttle();
        this.propagation = realism.propagation();
        this.router = new OperationRouter(model);
        this.inputReader = new RequestInputReader(model, new ObjectMapper());
        this.validator = new InputValidator(model);
        this.responses = new AwsResponses(model);
        this.registry = registry;
        this.store = store;
        this.clock = clock;
        this.faults = faults;
        this.settings = settings;
        this.signatures = settings.edge().verifiedCredentials()
                .map(keys -> new SignatureVerifier(keys, Clock.systemUTC()));
    }

    public ApiResponse dispatch(ApiCall call) {
        String requestId = RequestIds.next();
        try {
            return handle(call, requestId);
        } catch (ConnectError e) {
            return responses.error(requestId, e.code(), e.getMessage());
        } catch (Throwable e) {
            // Errors too (a StackOverflowError in a pattern match): the client gets AWS's 500, the log the trace.
            return internalError(requestId, e);
        }
    }

    /** The AWS-shaped 500 for a failure inside the simulator, logged with its stack trace. */
    public ApiResponse internalError(String requestId, Throwable failure) {
        LOG.log(Level.WARNING, "request " + requestId + " failed inside the simulator", failure);
        return responses.error(requestId, "InternalServiceException",
                "The simulator failed to process the request (request id " + requestId + ")");
    }

    /** A fresh x-amzn-RequestId, for answers made outside {@link #dispatch}. */
    public static String newRequestId() {
        return RequestIds.next();
    }

    /** Whether the request is for an operation of the simulated slice (routing only: nothing is read or run). */
    public boolean simulates(ApiCall call) {
        return router.route(call.method(), call.rawPath())
                .map(route -> registry.find(route.operation().name()).isPresent()).orElse(false);
    }

    /**
     * The 501 for a request to a Connect operation outside the simulated slice that nothing else answered
     * ({@code detail} says what was tried, e.g. stub mappings); empty when the request is for no such operation.
     */
    public Optional<ApiResponse> notImplemented(ApiCall call, String detail) {
        return router.route(call.method(), call.rawPath())
                .filter(route -> registry.find(route.operation().name()).isEmpty())
                .map(route -> notImplemented(RequestIds.next(), route.operation(), detail));
    }

    private ApiResponse notImplemented(String requestId, OperationSpec operation, String detail) {
        return responses.error(requestId, 501, "NotImplementedException",
                "The Connect simulator does not implement " + operation.name() + detail);
    }

    private ApiResponse handle(ApiCall call, String requestId) {
        if (call.body().length > settings.limits().maxRequestBodyBytes()) {
            return responses.error(requestId, 413, "RequestEntityTooLargeException",
                    "Request body of " + call.body().length + " bytes exceeds the limit of "
                            + settings.limits().maxRequestBodyBytes() + " bytes");
        }
        Optional<CallerIdentity> caller = CallerIdentity.fromCredentialScope(call.header().apply("Authorization"),
                call.firstQueryValue("X-Amz-Credential"), settings.accounts().defaultAccountId());
        if (caller.isEmpty()) {
            return responses.error(requestId, "AccessDeniedException",
                    "Missing Authentication Token: sign the request with AWS Signature Version 4 "
                            + "(the region of its credential scope selects the simulated region)");
        }
        if (signatures.isPresent()) {
            SignatureVerifier.Result verified = signatures.get().verify(call);
            if (verified.refusal() != null) {
                return responses.error(requestId, verified.refusal().status(), verified.refusal().code(),
                        verified.refusal().message());
            }
            caller = Optional.of(verified.caller());
        }
        Optional<Route> route = router.route(call.method(), call.rawPath());
        if (route.isEmpty()) {
            return responses.error(requestId, 404, "UnknownOperationException",
                    "No Amazon Connect operation matches " + call.method() + " " + shorten(call.rawPath()));
        }
        OperationSpec operation = route.get().operation();
        Optional<Registration> registration = registry.find(operation.name());
        if (registration.isEmpty()) {
            return notImplemented(requestId, operation, "");
        }
        if (!throttle.admits(caller.get().accountId(), caller.get().region(), operation.name(), clock.now())) {
            return responses.error(requestId, "ThrottlingException", "Rate exceeded");
        }
        Optional<FaultRule> fault = faults.next(operation.name());
        if (fault.isPresent() && fault.get().hasError()) {
            return responses.error(requestId, fault.get().errorCode(), fault.get().message())
                    .withDelay(fault.get().latency());
        }
        ApiResponse response = invoke(call, caller.get(), route.get(), registration.get(), requestId);
        return fault.map(f -> response.withDelay(f.latency())).orElse(response);
    }

    private ApiResponse invoke(ApiCall call, CallerIdentity caller, Route route, Registration registration,
                               String requestId) {
        OperationSpec operation = route.operation();
        String validationCode = operation.declaresError("InvalidParameterException")
                ? "InvalidParameterException" : "InvalidRequestException";
        ObjectNode input;
        try {
            input = inputReader.read(operation.inputShape(), route.pathLabels(), call.query(), call.header(),
                    new String(call.body(), StandardCharsets.UTF_8));
        } catch (MalformedBodyException e) {
            return responses.error(requestId, validationCode, e.getMessage());
        }
        if (operation.inputShape() != null) {
            Optional<String> violation = validator.firstViolation(operation.inputShape(), input);
            if (violation.isPresent()) {
                return responses.error(requestId, validationCode, violation.get());
            }
        }
        SdkPojo request = SdkPojoJson.read(registration.requestBuilder().get(), input);
        RuleTrail rules = new RuleTrail();
        try {
            Answer answer = store.withAccount(caller.accountId(), account -> {
                Instant now = clock.now();
                if (propagation.isOn() && PropagationDelay.isRead(operation.name())) {
                    return readEventually(account, caller.region(), now, input, operation, registration, request,
                            rules);
                }
                return account.exclusively(now, () -> {
                    propagation.beforeWrite(account, now, live -> AccountCopies.of(live, store, now));
                    OperationContext context = new OperationContext(account, caller.region(), now,
                            settings.timing().settleDelay(), store, rules);
                    return runIdempotently(operation.name(), caller.region(), input, account.idempotency(), now,
                            () -> registration.handler().handle(context, request));
                });
            });
            tellRules(caller, operation, rules);
            // Written after the account's lock is released: SDK objects are immutable, and a page of numbers
            // takes longer to write than to collect, time the account's other requests would otherwise wait.
            return responses.success(requestId, answer.json(repeated));
        } catch (ConnectError e) {
            e.rule().ifPresent(rules::applies);
            tellRules(caller, operation, rules);
            return responses.error(requestId, declaredCode(operation, e.code(), validationCode), e.getMessage());
        } catch (ConnectStore.AccountLimitExceeded e) {
            return responses.error(requestId, "ServiceQuotaExceededException", e.getMessage());
        }
    }

    /**
     * A read under a propagation delay: it sees the account as of {@code now - delay} (an earlier copy of it, or
     * the live account with its asynchronous work settled only that far), in every region.
     */
    private Answer readEventually(AccountState account, String region, Instant now, ObjectNode input,
                                  OperationSpec operation, Registration registration, SdkPojo request,
                                  RuleTrail rules) {
        Instant readTime = propagation.readTime(now);
        return account.exclusively(readTime, () -> {
            OperationContext context = new OperationContext(propagation.visible(account, now), region, readTime,
                    settings.timing().settleDelay(), store, rules);
            return runIdempotently(operation.name(), region, input, account.idempotency(), now,
                    () -> registration.handler().handle(context, request));
        });
    }

    /** Tells the listener (the contract tally) which catalogue rules the call applied, if any. */
    private void tellRules(CallerIdentity caller, OperationSpec operation, RuleTrail rules) {
        if (!rules.isEmpty()) {
            ruleListener.applied(caller.accountId(), operation.name(), rules.rules());
        }
    }

    /**
     * Operations share lookups that report bad ids as InvalidParameterException; an operation whose model
     * lists only InvalidRequestException reports the same 400 under the code it declares.
     */
    private static String declaredCode(OperationSpec operation, String code, String validationCode) {
        boolean isValidationCode = code.equals("InvalidParameterException") || code.equals("InvalidRequestException");
        return isValidationCode && !operation.declaresError(code) ? validationCode : code;
    }

    /**
     * A ClientToken seen before with the same request replays the first answer without acting again; seen
     * with a different request it is refused. Only successful calls are remembered, so a failed one can be
     * retried with its token. A token is kept for the ledger's retention window; a new token when the ledger is
     * full of live ones is throttled rather than let an old one be forgotten early (see {@link IdempotencyLedger}).
     */
    private Answer runIdempotently(String operation, String region, ObjectNode input, IdempotencyLedger ledger,
                                   Instant now, Supplier<SdkPojo> work) {
        if (!input.hasNonNull(CLIENT_TOKEN)) {
            return Answer.toWrite(work.get());
        }
        String token = input.get(CLIENT_TOKEN).asText();
        ObjectNode withoutToken = input.deepCopy();
        withoutToken.remove(CLIENT_TOKEN);
        String fingerprint = operation + "|" + region + "|" + JsonText.of(withoutToken);
        IdempotencyLedger.Outcome seen = ledger.check(token, fingerprint, now);
        switch (seen.kind()) {
            case REPLAY:
                return Answer.written(seen.response().getBytes(StandardCharsets.UTF_8));
            case MISMATCH:
                throw ConnectError.idempotency("ClientToken " + token
                        + " was already used with different request parameters");
            case FULL:
                throw new ConnectError("ThrottlingException", "Rate exceeded: this account has used "
                        + ledger.capacity() + " ClientTokens within the last " + ledger.retention().toHours()
                        + " hours, which the simulator keeps each token for; retry later");
            default:
                // the ledger needs the text now, so this answer is written while the account is held
                Answer written = Answer.written(Answer.toWrite(work.get()).json(repeated));
                ledger.remember(token, fingerprint, new String(written.json(repeated), StandardCharsets.UTF_8), now);
                return written;
        }
    }

    /** A handler's answer: an SDK object still to be written, or its JSON already written (a replay). */
    private record Answer(SdkPojo toWrite, byte[] written) {

        private static final byte[] NO_BODY = new byte[0];

        static Answer toWrite(SdkPojo response) {
            return new Answer(response, null);
        }

        static Answer written(byte[] json) {
            return new Answer(null, json);
        }

        /** The JSON, written straight from the SDK object; empty for an operation without output. */
        byte[] json(RepeatedJson repeated) {
            if (written != null) {
                return written;
            }
            return toWrite == null ? NO_BODY : JsonText.bytesOf(toWrite, repeated);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}
