package dev.connectconformance.simulator.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * What the simulator answers: status, headers, a JSON body as UTF-8 bytes (possibly empty) and latency to add
 * first. Bytes, not text: WireMock would otherwise encode every answer once more on its way out.
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body, Duration delay) {

    public ApiResponse(int status, Map<String, String> headers, String body, Duration delay) {
        this(status, headers, body.getBytes(StandardCharsets.UTF_8), delay);
    }

    public ApiResponse withDelay(Duration extra) {
        return new ApiResponse(status, headers, body, delay.plus(extra));
    }

    /** The body as text, for readers and tests. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
