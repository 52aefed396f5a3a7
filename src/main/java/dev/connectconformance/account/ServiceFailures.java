package dev.connectconformance.account;

import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns a failed read into the one line that says what to fix: an endpoint that does not answer, credentials the
 * service refuses, a caller that may not read. The SDK's messages carry no credentials; only their first line is
 * kept.
 */
final class ServiceFailures {

    private static final Set<String> REFUSED_CREDENTIALS = Set.of("UnrecognizedClientException",
            "InvalidSignatureException", "ExpiredTokenException", "InvalidClientTokenId", "IncompleteSignature",
            "MissingAuthenticationTokenException");

    private ServiceFailures() {
    }

    static boolean isNotFound(SdkException e) {
        return e instanceof AwsServiceException service && service.awsErrorDetails() != null
                && "ResourceNotFoundException".equals(service.awsErrorDetails().errorCode());
    }

    /** The caller cannot go on without this read. */
    static CannotCheck cannotCheck(String read, String region, String credentials, SdkException e) {
        return new CannotCheck(describe(read, region, credentials, e));
    }

    static String describe(String read, String region, String credentials, SdkException e) {
        if (e instanceof SdkClientException) {
            return "could not reach the endpoint for " + read + " in " + region + " (" + firstLine(e.getMessage())
                    + "): check the region, AWS_ENDPOINT_URL_* if you set one, and the network";
        }
        AwsServiceException service = (AwsServiceException) e;
        String code = service.awsErrorDetails() == null ? "HTTP " + service.statusCode()
                : service.awsErrorDetails().errorCode();
        String message = service.awsErrorDetails() == null ? "" : firstLine(service.awsErrorDetails().errorMessage());
        if (REFUSED_CREDENTIALS.contains(code)) {
            return "the credentials of " + credentials + " were refused by " + read + " in " + region + " (" + code
                    + "): check the profile (--profile or AWS_PROFILE)";
        }
        if ("AccessDeniedException".equals(code) || "AccessDenied".equals(code)) {
            return credentials + " may not call " + read + " in " + region + " (" + code + ": " + message
                    + "): readiness needs read access, connect:Describe*, List*, Get* and BatchGet*";
        }
        return read + " in " + region + " failed (" + code + (message.isEmpty() ? "" : ": " + message) + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
