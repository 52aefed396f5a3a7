package dev.connectconformance.readiness;

/**
 * Readiness could not check the account at all (credentials, the group's ARN, the region, the endpoint, a refused
 * read): one plain line that says what to fix. The command answers it with exit code 2 and no per-check results.
 */
public final class CannotCheck extends RuntimeException {

    public CannotCheck(String message) {
        super(message, null, false, false);
    }
}
