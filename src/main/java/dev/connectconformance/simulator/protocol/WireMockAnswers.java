package dev.connectconformance.simulator.protocol;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Between WireMock's request and response types and the server-independent {@link ApiCall}/{@link ApiResponse}. */
final class WireMockAnswers {

    private WireMockAnswers() {
    }

    static ApiCall call(Request request) {
        return ApiCall.of(request.getMethod().getName(), request.getUrl(), request::getHeader, request.getBody());
    }

    /**
     * The answer as WireMock serves it, its latency as WireMock's fixed delay: with asynchronous responses enabled
     * (the simulator's own server) WireMock schedules the answer instead of sleeping on a request thread.
     */
    static ResponseDefinition definition(ApiResponse response) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status())
                .withBody(response.body());
        if (!response.delay().isZero()) {
            builder.withFixedDelay((int) Math.min(Integer.MAX_VALUE, response.delay().toMillis()));
        }
        response.headers().forEach(builder::withHeader);
        return builder.build();
    }
}
