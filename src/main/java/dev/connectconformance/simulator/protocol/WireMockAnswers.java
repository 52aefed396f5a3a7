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

    /** The answer as WireMock serves it; a delay the response asks for is the caller's to apply. */
    static ResponseDefinition definition(ApiResponse response) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status())
                .withBody(response.body());
        response.headers().forEach(builder::withHeader);
        return builder.build();
    }
}
