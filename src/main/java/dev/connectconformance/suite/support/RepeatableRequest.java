package dev.connectconformance.suite.support;

import java.util.function.Function;

/**
 * The last request a scenario sent with a client token, kept so a step can send the very same request again
 * (PN-12): the operation, its token, and how to send it with a token.
 */
public final class RepeatableRequest {

    private String operation;
    private String token;
    private Function<String, Object> send;

    public void record(String operation, String token, Function<String, Object> sendWithToken) {
        this.operation = operation;
        this.token = token;
        this.send = sendWithToken;
    }

    public String operation() {
        check();
        return operation;
    }

    /** Sends the same request with the same token again; returns the answer (the caller judges it). */
    public Object sendAgain() {
        check();
        return send.apply(token);
    }

    private void check() {
        if (send == null) {
            throw new IllegalStateException("no request with a client token was sent in this scenario yet");
        }
    }
}
