package dev.connectconformance.simulator.client;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault for the simulator to inject into the calls of one operation ({@code "*"}: every operation): an error
 * answered instead of running the operation, added latency, or both; for the next {@link #times} calls or every
 * call. Immutable: each {@code with...}/{@code times} gives a new value.
 *
 * <pre>{@code
 * Fault.error("UpdatePhoneNumber", "ThrottlingException").times(3)
 * Fault.latency("ListPhoneNumbersV2", Duration.ofMillis(200))
 * }</pre>
 *
 * @param errorCode an error of the Connect service model, or null for latency only
 * @param message   the error message, or null for the simulator's default one
 * @param times     how many calls the fault hits; {@link #EVERY_CALL} for all of them
 */
public record Fault(String operation, String errorCode, String message, Duration latency, int times) {

    public static final int EVERY_CALL = -1;

    public Fault {
        Objects.requireNonNull(operation, "operation (an operation name, or *)");
        latency = latency == null ? Duration.ZERO : latency;
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        if (errorCode == null && latency.isZero()) {
            throw new IllegalArgumentException("a fault needs an error code, a latency, or both");
        }
        if (times != EVERY_CALL && times < 1) {
            throw new IllegalArgumentException("a fault hits at least one call, not " + times);
        }
    }

    /** Every call of the operation answers with the error (until cleared). */
    public static Fault error(String operation, String errorCode) {
        return new Fault(operation, Objects.requireNonNull(errorCode, "errorCode"), null, Duration.ZERO, EVERY_CALL);
    }

    /** Every call of the operation is answered (correctly) this much later (until cleared). */
    public static Fault latency(String operation, Duration latency) {
        return new Fault(operation, null, null, Objects.requireNonNull(latency, "latency"), EVERY_CALL);
    }

    /** Only the next {@code calls} calls are hit. */
    public Fault times(int calls) {
        return new Fault(operation, errorCode, message, latency, calls);
    }

    public Fault withMessage(String text) {
        return new Fault(operation, errorCode, text, latency, times);
    }

    public Fault withLatency(Duration value) {
        return new Fault(operation, errorCode, message, value, times);
    }

    public boolean hitsEveryCall() {
        return times == EVERY_CALL;
    }
}
