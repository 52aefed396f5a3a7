package dev.connectconformance.simulator.operations;

import dev.connectconformance.simulator.rules.RefusalSource;
import dev.connectconformance.simulator.rules.RuleId;
import java.util.Optional;

/**
 * A failure the Connect API reports to its caller. It carries the modelled error code (the exception shape
 * name); the HTTP status comes from the service model when the error is written, so it cannot drift. It also
 * carries where the refusal comes from (the catalogue rule or model constraint it applies), when known.
 */
public final class ConnectError extends RuntimeException {

    private final String code;
    private final RefusalSource source;

    public ConnectError(String code, String message) {
        this(code, message, null);
    }

    public ConnectError(String code, String message, RefusalSource source) {
        super(message, null, false, false);
        this.code = code;
        this.source = source;
    }

    public String code() {
        return code;
    }

    /** The catalogue rule or model constraint this refusal applies, when it names one. */
    public Optional<RefusalSource> source() {
        return Optional.ofNullable(source);
    }

    /** The catalogue rule this refusal enforces, when its source is one. */
    public Optional<RuleId> rule() {
        return source instanceof RefusalSource.CatalogueRule catalogue ? Optional.of(catalogue.rule()) : Optional.empty();
    }

    /** The same refusal, naming its source. */
    public ConnectError because(RefusalSource value) {
        return new ConnectError(code, getMessage(), value);
    }

    public static ConnectError resourceNotFound(String message) {
        return new ConnectError("ResourceNotFoundException", message);
    }

    public static ConnectError invalidParameter(String message) {
        return new ConnectError("InvalidParameterException", message);
    }

    public static ConnectError invalidRequest(String message) {
        return new ConnectError("InvalidRequestException", message);
    }

    public static ConnectError resourceInUse(String message) {
        return new ConnectError("ResourceInUseException", message);
    }

    public static ConnectError resourceNotReady(String message) {
        return new ConnectError("ResourceNotReadyException", message);
    }

    public static ConnectError serviceQuotaExceeded(String message) {
        return new ConnectError("ServiceQuotaExceededException", message);
    }

    public static ConnectError resourceConflict(String message) {
        return new ConnectError("ResourceConflictException", message);
    }

    public static ConnectError idempotency(String message) {
        return new ConnectError("IdempotencyException", message);
    }

    public static ConnectError duplicateResource(String message) {
        return new ConnectError("DuplicateResourceException", message);
    }
}
