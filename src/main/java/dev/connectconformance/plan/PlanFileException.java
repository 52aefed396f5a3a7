package dev.connectconformance.plan;

/** A plan file that cannot be read, or a line of it that cannot: the message names the file and the line. */
public final class PlanFileException extends RuntimeException {

    public PlanFileException(String message) {
        super(message, null, false, false);
    }
}
