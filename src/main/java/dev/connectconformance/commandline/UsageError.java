package dev.connectconformance.commandline;

/**
 * A mistake of the person at the command line (a bad option value, a busy port, a missing file or credentials):
 * reported as one plain line with exit code 2, never as a stack trace.
 */
public final class UsageError extends RuntimeException {

    public UsageError(String message) {
        super(message, null, false, false);
    }
}
