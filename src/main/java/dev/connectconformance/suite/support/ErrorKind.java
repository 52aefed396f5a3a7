package dev.connectconformance.suite.support;

import java.util.Arrays;
import java.util.Map;
import software.amazon.awssdk.services.connect.model.AccessDeniedException;
import software.amazon.awssdk.services.connect.model.ConnectException;
import software.amazon.awssdk.services.connect.model.DuplicateResourceException;
import software.amazon.awssdk.services.connect.model.IdempotencyException;
import software.amazon.awssdk.services.connect.model.InternalServiceException;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.ResourceConflictException;
import software.amazon.awssdk.services.connect.model.ResourceInUseException;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.ResourceNotReadyException;
import software.amazon.awssdk.services.connect.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.connect.model.ThrottlingException;

/**
 * The errors as a business reader names them, each with the typed SDK exception and HTTP status the service
 * model gives it. "missing field" and "invalid value" are the 400 the called operation declares for bad input
 * (InvalidParameterException or InvalidRequestException, depending on the operation).
 */
public enum ErrorKind {
    NOT_FOUND("not found", ResourceNotFoundException.class, 404),
    INVALID_PARAMETER("invalid parameter", InvalidParameterException.class, 400),
    INVALID_REQUEST("invalid request", InvalidRequestException.class, 400),
    RESOURCE_IN_USE("resource in use", ResourceInUseException.class, 409),
    IDEMPOTENCY("idempotency", IdempotencyException.class, 409),
    RESOURCE_CONFLICT("resource conflict", ResourceConflictException.class, 409),
    RESOURCE_NOT_READY("resource not ready", ResourceNotReadyException.class, 409),
    ACCESS_DENIED("access denied", AccessDeniedException.class, 403),
    THROTTLING("throttling", ThrottlingException.class, 429),
    SERVICE_QUOTA_EXCEEDED("service quota exceeded", ServiceQuotaExceededException.class, 402),
    DUPLICATE_RESOURCE("duplicate resource", DuplicateResourceException.class, 409),
    INTERNAL_FAILURE("internal failure", InternalServiceException.class, 500),
    MISSING_FIELD("missing field", null, 400),
    INVALID_VALUE("invalid value", null, 400);

    /** Operations whose declared error for bad input is InvalidRequestException rather than InvalidParameterException. */
    private static final Map<String, Class<? extends ConnectException>> BAD_INPUT_ERROR = Map.of(
            "CreateTrafficDistributionGroup", InvalidRequestException.class,
            "DescribeTrafficDistributionGroup", InvalidRequestException.class,
            "UpdateTrafficDistribution", InvalidRequestException.class,
            "GetTrafficDistribution", InvalidRequestException.class,
            "ListTrafficDistributionGroups", InvalidRequestException.class,
            "DeleteTrafficDistributionGroup", InvalidRequestException.class,
            "ReplicateInstance", InvalidRequestException.class,
            "AssociateTrafficDistributionGroupUser", InvalidRequestException.class,
            "DisassociateTrafficDistributionGroupUser", InvalidRequestException.class,
            "ListTrafficDistributionGroupUsers", InvalidRequestException.class);

    private final String phrase;
    private final Class<? extends ConnectException> exception;
    private final int status;

    ErrorKind(String phrase, Class<? extends ConnectException> exception, int status) {
        this.phrase = phrase;
        this.exception = exception;
        this.status = status;
    }

    public static ErrorKind fromPhrase(String phrase) {
        return Arrays.stream(values()).filter(k -> k.phrase.equals(phrase)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no error called '" + phrase + "'"));
    }

    /** The exception the service must answer with when {@code operation} was called. */
    public Class<? extends ConnectException> exceptionFor(String operation) {
        return exception != null ? exception : BAD_INPUT_ERROR.getOrDefault(operation, InvalidParameterException.class);
    }

    public int status() {
        return status;
    }

    public String phrase() {
        return phrase;
    }
}
