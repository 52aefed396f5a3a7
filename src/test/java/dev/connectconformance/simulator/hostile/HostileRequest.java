package dev.connectconformance.simulator.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One request a hostile or broken client might send, with a label that says what is wrong with it. */
record HostileRequest(String label, String method, String target, Map<String, String> headers, byte[] body) {

    static HostileRequest of(String label, String method, String target, Map<String, String> headers,
                             String body) {
        return new HostileRequest(label, method, target, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        String shownTarget = target.length() > 150 ? target.substring(0, 150) + "...(" + target.length() + ")"
                : target;
        return label + ": " + method + " " + shownTarget + (body == null ? "" : " [" + body.length + " bytes]");
    }
}
