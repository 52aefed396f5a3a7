package dev.connectconformance.simulator.servicequotas;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.connectconformance.simulator.protocol.ApiResponse;

/**
 * Answers the Service Quotas requests ({@code POST} with {@code X-Amz-Target: ServiceQuotasV20190624.*}) on the
 * simulator's port, so AWS_ENDPOINT_URL_SERVICE_QUOTAS can point at the same URL as AWS_ENDPOINT_URL_CONNECT.
 * Every other request continues to the Connect filter.
 *
 * <p>Why WireMock's first-generation filter type: WireMock runs those before the second-generation ones, and the
 * Connect filter (second generation) answers every request on the simulator's own server, {@code POST /}
 * included, with an unknown-operation error. Among filters of one generation the order follows a hash map of
 * their names, which nothing should depend on.
 */
@SuppressWarnings("deprecation") // StubRequestFilter: the guaranteed place ahead of the Connect filter, see above
public final class ServiceQuotasFilter extends StubRequestFilter {

    private final ServiceQuotasApi api;

    public ServiceQuotasFilter(ServiceQuotasApi api) {
        this.api = api;
    }

    @Override
    public String getName() {
        return "connect-service-quotas";
    }

    @Override
    public RequestFilterAction filter(Request request) {
        String target = request.getHeader("X-Amz-Target");
        if (!RequestMethod.POST.equals(request.getMethod()) || !ServiceQuotasApi.isServiceQuotasTarget(target)) {
            return RequestFilterAction.continueWith(request);
        }
        ApiResponse answer = api.answer(target, request.getHeader("Authorization"), request.getBody());
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(answer.status()).withBody(answer.body());
        answer.headers().forEach(response::withHeader);
        return RequestFilterAction.stopWith(response.build());
    }
}
