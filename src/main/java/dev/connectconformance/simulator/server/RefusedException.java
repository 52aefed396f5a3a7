package dev.connectconformance.simulator.server;

/** Carries a {@link Refusal} out of body reading and decoding; no stack trace: it is an answer, not a fault. */
final class RefusedException extends Exception {

    private final transient Refusal refusal;

    RefusedException(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
