package dev.connectconformance.migration;

import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One call to the service, retried when the service throttles (429), fails on its side (5xx) or cannot be
 * reached, after a backoff with jitter through the execution's pause; every retry is journalled. Other errors are
 * answers and go to the caller. Retrying an UpdatePhoneNumber is safe: it carries its ClientToken.
 */
final class RetryingCall {

    private static final Set<String> RETRYABLE_CODES = Set.of("ThrottlingException", "TooManyRequestsException",
            "LimitExceededException", "InternalServiceException", "ServiceUnavailableException");

    private final Execution execution;

    RetryingCall(Execution execution) {
        this.execution = execution;
    }

    <T> T call(String operation, String region, String numberArn, Supplier<T> call) throws InterruptedException {
        return call(operation, region, numberArn, e -> false, call);
    }

    /** {@code alsoRetry}: answers that mean "not yet" for this call (the replica region catching up). */
    <T> T call(String operation, String region, String numberArn, Predicate<SdkException> alsoRetry,
               Supplier<T> call) throws InterruptedException {
        Backoff backoff = execution.throttling();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (SdkException e) {
                if (!(retryable(e) || alsoRetry.test(e)) || attempt >= backoff.attempts()) {
                    throw e;
                }
                Duration delay = backoff.delay(attempt - 1);
                execution.journal().write(execution.journal().line(JournalStep.RETRY, numberArn)
                        .put("operation", operation).put("region", region).put("error", ErrorText.code(e))
                        .put("attempt", attempt).put("pauseMillis", delay.toMillis()));
                execution.progress().say("  " + operation + " in " + region + ": " + ErrorText.code(e)
                        + ", retrying in " + delay.toMillis() + " ms");
                execution.pause().pause(delay);
            }
        }
    }

    static boolean retryable(SdkException e) {
        if (e instanceof SdkClientException) {
            return true;
        }
        if (e instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500
                    || RETRYABLE_CODES.contains(ErrorText.code(e));
        }
        return false;
    }
}
