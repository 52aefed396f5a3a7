package dev.connectconformance.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin routes' JSON, byte for byte, as curl and scripts see it: one sequence of calls on a simulator whose
 * clock stands still, each with the exact answer. The shapes are a public contract (docs/simulator.md), so a change in
 * how the admin API is written (the shared records of admin.contract) must not show here.
 */
class AdminWireFormatTest {

    private record Exchange(String method, String path, String body, int status, String answer) {
    }

    private static Exchange exchange(String method, String path, String body, int status, String answer) {
        return new Exchange(method, path, body, status, answer);
    }

    @Test
    void eachQuotaHasARouteOfItsOwnAndTheOlderRouteStillSetsBoth() {
        String arn = "arn:aws:connect:us-east-1:111122223333:instance/abc";
        assertExchanges(List.of(
                exchange("POST", "/__admin/connect/quotas/phone-numbers",
                        "{\"phoneNumbersPerTarget\":3,\"targetArn\":\"" + arn + "\"}",
                        200, "{\"phoneNumbersPerTarget\":5,\"overrides\":{\"" + arn + "\":3},\"instancesPerRegion\":2,"
                                + "\"instanceOverrides\":{}}"),
                exchange("POST", "/__admin/connect/quotas/phone-numbers",
                        "{\"phoneNumbersPerTarget\":7}",
                        200, "{\"phoneNumbersPerTarget\":7,\"overrides\":{\"" + arn + "\":3},\"instancesPerRegion\":2,"
                                + "\"instanceOverrides\":{}}"),
                exchange("POST", "/__admin/connect/quotas/instances",
                        "{\"instancesPerRegion\":4,\"accountId\":\"111122223333\"}",
                        200, "{\"phoneNumbersPerTarget\":7,\"overrides\":{\"" + arn + "\":3},\"instancesPerRegion\":2,"
                                + "\"instanceOverrides\":{\"111122223333\":4}}"),
                exchange("POST", "/__admin/connect/quotas/instances",
                        "{\"instancesPerRegion\":3}",
                        200, "{\"phoneNumbersPerTarget\":7,\"overrides\":{\"" + arn + "\":3},\"instancesPerRegion\":3,"
                                + "\"instanceOverrides\":{\"111122223333\":4}}"),
                exchange("POST", "/__admin/connect/quotas/phone-numbers",
                        "{\"instancesPerRegion\":4}",
                        400, "{\"message\":\"'phoneNumbersPerTarget' is required and must be a whole number\"}"),
                exchange("POST", "/__admin/connect/quotas/instances",
                        "{\"phoneNumbersPerTarget\":4}",
                        400, "{\"message\":\"'instancesPerRegion' is required and must be a whole number\"}"),
                exchange("POST", "/__admin/connect/quotas/instances",
                        "{\"instancesPerRegion\":3,\"accountId\":\"12\"}",
                        400, "{\"message\":\"'accountId' must be an account id of 12 digits, not '12'\"}"),
                exchange("POST", "/__admin/connect/quotas",
                        "{\"instancesPerRegion\":5}",
                        200, "{\"phoneNumbersPerTarget\":7,\"overrides\":{\"" + arn + "\":3},\"instancesPerRegion\":5,"
                                + "\"instanceOverrides\":{\"111122223333\":4}}"),
                exchange("POST", "/__admin/connect/quotas",
                        "{\"phoneNumbersPerTarget\":6}",
                        200, "{\"phoneNumbersPerTarget\":6,\"overrides\":{\"" + arn + "\":3},\"instancesPerRegion\":5,"
                                + "\"instanceOverrides\":{\"111122223333\":4}}")));
    }

    @Test
    void everyRouteAnswersInItsDocumentedShape() {
        assertExchanges(List.of(
                exchange("POST", "/__admin/connect/reset",
                        null,
                        200, "{\"message\":\"reset\"}"),
                exchange("GET", "/__admin/connect/clock",
                        null,
                        200, "{\"now\":\"2026-01-01T00:00:00Z\"}"),
                exchange("POST", "/__admin/connect/clock/advance",
                        "{\"by\":\"5s\"}",
                        200, "{\"now\":\"2026-01-01T00:00:05Z\"}"),
                exchange("GET", "/__admin/connect/quotas",
                        null,
                        200, "{\"phoneNumbersPerTarget\":5,\"overrides\":{},\"instancesPerRegion\":2,\"instanceOverrides\":{}}"),
                exchange("POST", "/__admin/connect/quotas",
                        "{\"phoneNumbersPerTarget\":3,\"targetArn\":\"arn:aws:connect:us-east-1:111122223333:instance/abc\"}",
                        200, "{\"phoneNumbersPerTarget\":5,\"overrides\":{\"arn:aws:connect:us-east-1:111122223333:instance/abc\":3},\"instancesPerRegion\":2,\"instanceOverrides\":{}}"),
                exchange("POST", "/__admin/connect/quotas",
                        "{\"phoneNumbersPerTarget\":7}",
                        200, "{\"phoneNumbersPerTarget\":7,\"overrides\":{\"arn:aws:connect:us-east-1:111122223333:instance/abc\":3},\"instancesPerRegion\":2,\"instanceOverrides\":{}}"),
                exchange("POST", "/__admin/connect/quotas",
                        "{\"instancesPerRegion\":4,\"accountId\":\"111122223333\"}",
                        200, "{\"phoneNumbersPerTarget\":7,\"overrides\":{\"arn:aws:connect:us-east-1:111122223333:instance/abc\":3},\"instancesPerRegion\":2,\"instanceOverrides\":{\"111122223333\":4}}"),
                exchange("POST", "/__admin/connect/quotas",
                        "{\"instancesPerRegion\":3}",
                        200, "{\"phoneNumbersPerTarget\":7,\"overrides\":{\"arn:aws:connect:us-east-1:111122223333:instance/abc\":3},\"instancesPerRegion\":3,\"instanceOverrides\":{\"111122223333\":4}}"),
                exchange("POST", "/__admin/connect/quotas",
                        "{\"instancesPerRegion\":3,\"accountId\":\"12\"}",
                        400, "{\"message\":\"'accountId' must be an account id of 12 digits, not '12'\"}"),
                exchange("POST", "/__admin/connect/quotas",
                        "{}",
                        400, "{\"message\":\"'phoneNumbersPerTarget' is required and must be a whole number\"}"),
                exchange("GET", "/__admin/connect/faults",
                        null,
                        200, "{}"),
                exchange("POST", "/__admin/connect/faults",
                        "{\"operation\":\"UpdatePhoneNumber\",\"errorCode\":\"ThrottlingException\",\"times\":3,\"latency\":\"200ms\"}",
                        200, "{\"faults\":[{\"operation\":\"UpdatePhoneNumber\",\"errorCode\":\"ThrottlingException\",\"message\":\"Rate exceeded\",\"latency\":\"PT0.2S\",\"times\":3,\"remaining\":3}]}"),
                exchange("POST", "/__admin/connect/faults",
                        "{\"operation\":\"*\",\"latency\":\"1s\"}",
                        200, "{\"faults\":[{\"operation\":\"UpdatePhoneNumber\",\"errorCode\":\"ThrottlingException\",\"message\":\"Rate exceeded\",\"latency\":\"PT0.2S\",\"times\":3,\"remaining\":3},{\"operation\":\"*\",\"errorCode\":null,\"message\":null,\"latency\":\"PT1S\",\"times\":-1,\"remaining\":-1}]}"),
                exchange("POST", "/__admin/connect/faults",
                        "{\"operation\":\"ListInstances\",\"errorCode\":\"InternalServiceException\",\"message\":\"boom\",\"times\":1}",
                        200, "{\"faults\":[{\"operation\":\"UpdatePhoneNumber\",\"errorCode\":\"ThrottlingException\",\"message\":\"Rate exceeded\",\"latency\":\"PT0.2S\",\"times\":3,\"remaining\":3},{\"operation\":\"*\",\"errorCode\":null,\"message\":null,\"latency\":\"PT1S\",\"times\":-1,\"remaining\":-1},{\"operation\":\"ListInstances\",\"errorCode\":\"InternalServiceException\",\"message\":\"boom\",\"latency\":\"PT0S\",\"times\":1,\"remaining\":1}]}"),
                exchange("GET", "/__admin/connect/faults",
                        null,
                        200, "{\"faults\":[{\"operation\":\"UpdatePhoneNumber\",\"errorCode\":\"ThrottlingException\",\"message\":\"Rate exceeded\",\"latency\":\"PT0.2S\",\"times\":3,\"remaining\":3},{\"operation\":\"*\",\"errorCode\":null,\"message\":null,\"latency\":\"PT1S\",\"times\":-1,\"remaining\":-1},{\"operation\":\"ListInstances\",\"errorCode\":\"InternalServiceException\",\"message\":\"boom\",\"latency\":\"PT0S\",\"times\":1,\"remaining\":1}]}"),
                exchange("DELETE", "/__admin/connect/faults",
                        null,
                        200, "{}"),
                exchange("GET", "/__admin/connect/realism",
                        null,
                        200, "{\"throttle\":\"off\",\"propagationDelay\":\"PT0S\"}"),
                exchange("POST", "/__admin/connect/realism",
                        "{\"throttle\":\"aws\",\"propagationDelay\":\"5s\"}",
                        200, "{\"throttle\":\"aws\",\"propagationDelay\":\"PT5S\"}"),
                exchange("POST", "/__admin/connect/realism",
                        "{}",
                        400, "{\"message\":\"give 'throttle' (off or aws) or 'propagationDelay' (e.g. 5s)\",\"Message\":\"give 'throttle' (off or aws) or 'propagationDelay' (e.g. 5s)\"}"),
                exchange("POST", "/__admin/connect/realism",
                        "{nope",
                        400, "{\"message\":\"the request body is not valid JSON\",\"Message\":\"the request body is not valid JSON\"}"),
                exchange("GET", "/__admin/connect/async-failures",
                        null,
                        200, "{\"asyncFailures\":{}}"),
                exchange("POST", "/__admin/connect/async-failures",
                        "{\"operation\":\"CreateTrafficDistributionGroup\",\"times\":2}",
                        200, "{\"asyncFailures\":{\"CreateTrafficDistributionGroup\":2}}"),
                exchange("POST", "/__admin/connect/async-failures",
                        "{\"operation\":\"DeleteTrafficDistributionGroup\"}",
                        200, "{\"asyncFailures\":{\"CreateTrafficDistributionGroup\":2,\"DeleteTrafficDistributionGroup\":1}}"),
                exchange("DELETE", "/__admin/connect/async-failures",
                        null,
                        200, "{\"asyncFailures\":{}}"),
                exchange("PUT", "/__admin/connect/state",
                        "{\"formatVersion\":1,\"now\":\"2026-01-02T00:00:00Z\",\"accounts\":{}}",
                        200, "{\"accounts\":[],\"now\":\"2026-01-02T00:00:00Z\"}"),
                exchange("PUT", "/__admin/connect/state",
                        "{\"formatVersion\":2}",
                        400, "{\"message\":\"formatVersion: version 2 is not supported; this simulator reads formatVersion 1\",\"Message\":\"formatVersion: version 2 is not supported; this simulator reads formatVersion 1\"}"),
                exchange("GET", "/__admin/connect/state?account=12",
                        null,
                        400, "{\"message\":\"'account' must be a 12-digit account id\"}")));
    }

    private static void assertExchanges(List<Exchange> exchanges) {
        try (ConnectSimulator simulator = ConnectSimulator.start(SimulatorSettings.defaults()
                .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)))) {
            RawConnectHttp http = new RawConnectHttp(simulator.endpoint());
            for (Exchange expected : exchanges) {
                HttpResponse<String> answer = http.send(expected.method(), expected.path(), expected.body(), null);

                assertThat(answer.statusCode() + " " + answer.body())
                        .as(expected.method() + " " + expected.path() + " " + expected.body())
                        .isEqualTo(expected.status() + " " + expected.answer());
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
            }
        }
    }
}
