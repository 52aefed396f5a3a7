package dev.connectconformance.migration;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** The error code and the service's message of a failed call, in one short line (never a credential). */
final class ErrorText {

    private ErrorText() {
    }

    static String code(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return e instanceof AwsServiceException service ? "HTTP " + service.statusCode() : "no answer";
    }

    static String describe(String operation, String region, SdkException e) {
        return operation + " in " + region + " answered " + brief(e);
    }

    /** The code and the first line of the message. */
    static String brief(SdkException e) {
        String message = e instanceof AwsServiceException service && service.awsErrorDetails() != null
                ? service.awsErrorDetails().errorMessage() : e.getMessage();
        String line = message == null ? "" : message.lines().findFirst().orElse("").strip();
        return code(e) + (line.isEmpty() ? "" : ": " + line);
    }
}
