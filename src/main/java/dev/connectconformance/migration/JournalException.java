package dev.connectconformance.migration;

/** A journal that cannot be read or belongs to another migration: one plain line. */
public final class JournalException extends RuntimeException {

    public JournalException(String message) {
        super(message, null, false, false);
    }
}
