package dev.connectconformance.suite.support;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** The result of the last request a When step made: its answer, or the service error it got. */
public record Outcome(String operation, Object response, AwsServiceException error) {

    /** How the SDK appends the attempt count to an exception's message when numAttempts() is not set. */
    private static final Pattern ATTEMPT_COUNT = Pattern.compile("\\(SDK Attempt Count: (\\d+)\\)");

    static Outcome none() {
        return new Outcome(null, null, null);
    }

    /** Sends a request and keeps its answer, or the service error it got (the SDK's retries included). */
    public static Outcome of(String operation, Supplier<?> request) {
        try {
            return new Outcome(operation, request.get(), null);
        } catch (AwsServiceException e) {
            return new Outcome(operation, null, e);
        }
    }

    /** The answer as the type the operation returns; fails the step if the request failed or answered otherwise. */
    public <T> T response(Class<T> type) {
        if (error != null) {
            throw new AssertionError(operation + " should have answered, but " + failureReport());
        }
        if (!type.isInstance(response)) {
            throw new AssertionError(operation + " answered " + response + ", not a " + type.getSimpleName());
        }
        return type.cast(response);
    }

    public boolean failed() {
        return error != null;
    }

    /**
     * The failure in one line a reader can act on: operation, error code, HTTP status, how many attempts the SDK
     * made (its retries included) and the service's message, e.g.
     * "UpdatePhoneNumber failed with ThrottlingException (HTTP 429) after 3 attempts: Rate exceeded".
     */
    public String failureReport() {
        if (error == null) {
            return operation + " succeeded";
        }
        String code = error.awsErrorDetails() == null ? error.getClass().getSimpleName()
                : error.awsErrorDetails().errorCode();
        String message = error.awsErrorDetails() == null ? error.getMessage() : error.awsErrorDetails().errorMessage();
        return operation + " failed with " + code + " (HTTP " + error.statusCode() + ") after " + attempts()
                + ": " + message;
    }

    private String attempts() {
        Integer counted = error.numAttempts();
        if (counted == null) {
            Matcher m = ATTEMPT_COUNT.matcher(String.valueOf(error.getMessage()));
            counted = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        if (counted == null) {
            return "an unknown number of attempts";
        }
        return counted + (counted == 1 ? " attempt" : " attempts");
    }
}
