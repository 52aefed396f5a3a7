package dev.connectconformance.simulator.server;

import java.util.concurrent.TimeoutException;
import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.io.EofException;

/** What a failure while reading a body means for the client: the 4xx Jetty would have turned into a 500 page. */
final class BodyFailures {

    private BodyFailures() {
    }

    static Refusal refusalFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadMessageException bad) {
                int status = bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400;
                return Refusal.closing(status, AwsErrors.errorTypeFor(status), "The request body is malformed: "
                        + (bad.getReason() == null ? "bad framing" : bad.getReason()));
            }
            if (cause instanceof EofException) {
                return Refusal.malformedBody("The request body ended before its declared length (Content-Length "
                        + "longer than the body, or a chunked body without its last chunk)");
            }
            if (cause instanceof TimeoutException) {
                return Refusal.closing(408, "RequestTimeoutException", "The request body stopped arriving");
            }
        }
        return Refusal.malformedBody("The request body could not be read: " + failure.getClass().getSimpleName());
    }
}
