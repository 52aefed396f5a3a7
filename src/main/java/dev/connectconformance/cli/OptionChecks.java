package dev.connectconformance.cli;

import dev.connectconformance.commandline.UsageError;

/** Checks of option values that picocli cannot make, worded alike by every command that has the option. */
final class OptionChecks {

    private OptionChecks() {
    }

    static void concurrency(int value) {
        if (value < 1 || value > 16) {
            throw new UsageError("--concurrency must be 1 to 16, not " + value);
        }
    }

    /** A quota given instead of the one the account (or the twin) has; none given is fine. */
    static void quota(Integer value) {
        if (value != null && value < 0) {
            throw new UsageError("--quota must be 0 or more, not " + value);
        }
    }
}
