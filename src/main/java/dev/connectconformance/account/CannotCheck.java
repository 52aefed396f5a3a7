package dev.connectconformance.account;

/**
 * The account could not be checked at all (credentials, the group's ARN, the region, the endpoint, a refused read):
 * one plain line that says what to fix. Readiness, snapshot and migrate answer it with exit code 2 and no partial
 * results.
 */
public final class CannotCheck extends RuntimeException {

    public CannotCheck(String message) {
        super(message, null, false, false);
    }
}
