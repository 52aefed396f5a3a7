package dev.connectconformance.conformance.support;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** The result of the last request a When step made: its answer, or the service error it got. */
public record Outcome(String operation, Object response, AwsServiceException error) {

    static Outcome none() {
        return new Outcome(null, null, null);
    }

    public boolean failed() {
        return error != null;
    }
}
