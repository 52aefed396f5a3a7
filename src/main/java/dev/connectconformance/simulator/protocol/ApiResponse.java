package dev.connectconformance.simulator.protocol;

import java.time.Duration;
import java.util.Map;

/** What the simulator answers: status, headers, a JSON body (possibly empty) and latency to add first. */
public record ApiResponse(int status, Map<String, String> headers, String body, Duration delay) {

    public ApiResponse withDelay(Duration extra) {
        return new ApiResponse(status, headers, body, delay.plus(extra));
    }
}
