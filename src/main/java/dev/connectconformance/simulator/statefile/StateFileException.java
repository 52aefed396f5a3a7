package dev.connectconformance.simulator.statefile;

/** A state document that cannot be loaded: the message names the field and the problem. Nothing was changed. */
public final class StateFileException extends IllegalArgumentException {

    public StateFileException(String message) {
        super(message);
    }

    public StateFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
