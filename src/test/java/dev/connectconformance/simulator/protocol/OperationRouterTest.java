package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.protocol.OperationRouter.Route;
import dev.connectconformance.simulator.protocol.ServiceModel.OperationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The router finds every modelled operation from its own URI, whichever bucket of templates it sits in. */
class OperationRouterTest {

    private static final ServiceModel MODEL = ServiceModel.bundled();
    private final OperationRouter router = new OperationRouter(MODEL);

    @Test
    void everyOperationIsFoundFromItsOwnUriWithSampleLabels() {
        List<String> misrouted = new ArrayList<>();
        for (OperationSpec operation : MODEL.operations().values()) {
            String path = samplePath(operation.requestUri());
            Optional<Route> route = router.route(operation.httpMethod(), path);
            if (route.isEmpty() || !route.get().operation().name().equals(operation.name())) {
                misrouted.add(operation.name() + " " + path + " -> "
                        + route.map(r -> r.operation().name()).orElse("nothing"));
            }
        }
        assertThat(misrouted).isEmpty();
    }

    @Test
    void labelsAreDecodedAndMethodCaseDoesNotMatter() {
        Route route = router.route("get", "/phone-number/arn%3Aaws%3Aconnect%3Aus-east-1%3A1%3Aphone-number%2Fx")
                .orElseThrow();
        assertThat(route.operation().name()).isEqualTo("DescribePhoneNumber");
        assertThat(route.pathLabels()).containsEntry("PhoneNumberId", "arn:aws:connect:us-east-1:1:phone-number/x");
    }

    @Test
    void unknownFirstSegmentsAndEmptyPathsMatchNothing() {
        assertThat(router.route("GET", "/no-such-resource/x")).isEmpty();
        assertThat(router.route("GET", "")).isEmpty();
        assertThat(router.route("GET", "phone-number/x")).isEmpty();
        assertThat(router.route("BREW", "/phone-number/x")).isEmpty();
    }

    /** The request URI with each label replaced by a value that cannot be mistaken for a literal segment. */
    private static String samplePath(String requestUri) {
        int query = requestUri.indexOf('?');
        String path = query >= 0 ? requestUri.substring(0, query) : requestUri;
        return path.replaceAll("\\{[A-Za-z0-9_]+\\+}", "v1/v2").replaceAll("\\{[A-Za-z0-9_]+}", "v0");
    }
}
