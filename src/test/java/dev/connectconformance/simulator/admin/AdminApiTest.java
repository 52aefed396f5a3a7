package dev.connectconformance.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorTestBase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.DescribeInstanceResponse;
import software.amazon.awssdk.services.connect.model.InternalServiceException;
import software.amazon.awssdk.services.connect.model.ThrottlingException;

/** The /__admin/connect controls: clock, state, quotas, fault injection, reset; bad or out-of-range input gets a 400. */
class AdminApiTest extends SimulatorTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private RawConnectHttp admin;

    @BeforeEach
    void adminClient() {
        admin = new RawConnectHttp(simulator.endpoint());
    }

    @AfterEach
    void clearFaults() {
        admin.send("DELETE", "/__admin/connect/faults", null, null);
    }

    private JsonNode call(String method, String path, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = admin.send(method, path, body, null);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    @Test
    void advancingTheClockCompletesAsynchronousWork() throws Exception {
        CreateInstanceResponse created = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias("clock-" + account).inboundCallsEnabled(true).outboundCallsEnabled(true));
        assertThat(east.describeInstance(b -> b.instanceId(created.id())).instance().instanceStatusAsString())
                .isEqualTo("CREATION_IN_PROGRESS");
        Instant before = Instant.parse(call("GET", "/__admin/connect/clock", null, 200).get("now").asText());

        JsonNode after = call("POST", "/__admin/connect/clock/advance", "{\"by\":\"" + SETTLE.toSeconds() + "s\"}", 200);

        assertThat(Instant.parse(after.get("now").asText())).isEqualTo(before.plus(SETTLE));
        assertThat(east.describeInstance(b -> b.instanceId(created.id())).instance().instanceStatusAsString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void theStateDumpShowsTheCallersResources() throws Exception {
        CreateInstanceResponse created = activeInstance();

        JsonNode state = call("GET", "/__admin/connect/state", null, 200);

        JsonNode instance = state.at("/accounts/" + account + "/instances/0");
        assertThat(instance.get("id").asText()).isEqualTo(created.id());
        assertThat(instance.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(instance.get("flows").size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void quotasCanBeReadAndSetPerTarget() throws Exception {
        String target = "arn:aws:connect:us-east-1:" + account + ":instance/00000000-0000-0000-0000-000000000001";

        JsonNode quotas = call("POST", "/__admin/connect/quotas",
                "{\"phoneNumbersPerTarget\":2,\"targetArn\":\"" + target + "\"}", 200);

        assertThat(quotas.at("/overrides").get(target).asInt()).isEqualTo(2);
        assertThat(simulator.store().quotas().phoneNumbersFor(target)).isEqualTo(2);
        assertThat(simulator.store().quotas().phoneNumbersFor(target.replace("0001", "0002"))).isEqualTo(5);
    }

    @Test
    void injectedThrottlingIsRetriedAwayBySdkRetries() throws Exception {
        CreateInstanceResponse created = activeInstance();
        call("POST", "/__admin/connect/faults",
                "{\"operation\":\"DescribeInstance\",\"errorCode\":\"ThrottlingException\",\"times\":2}", 200);

        DescribeInstanceResponse response = east.describeInstance(b -> b.instanceId(created.id()));

        assertThat(response.instance().id()).isEqualTo(created.id());
        assertThat(response.responseMetadata().requestId()).isNotBlank();
        assertThat(call("GET", "/__admin/connect/faults", null, 200).path("faults")).isEmpty();
    }

    @Test
    void persistentThrottlingSurfacesAsATypedThrottlingException() throws Exception {
        CreateInstanceResponse created = activeInstance();
        call("POST", "/__admin/connect/faults", "{\"operation\":\"DescribeInstance\",\"errorCode\":\"ThrottlingException\"}", 200);

        try (ConnectClient noRetries = software.amazon.awssdk.services.connect.ConnectClient.builder()
                .endpointOverride(simulator.endpoint()).region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(account, "x"))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(2)))
                .build()) {
            assertThatThrownBy(() -> noRetries.describeInstance(b -> b.instanceId(created.id())))
                    .isInstanceOf(ThrottlingException.class)
                    .hasMessageContaining("Rate exceeded")
                    .satisfies(e -> assertThat(((ThrottlingException) e).statusCode()).isEqualTo(429));
        }
    }

    @Test
    void anInjectedModelledErrorAndLatencyReachTheClient() throws Exception {
        CreateInstanceResponse created = activeInstance();
        call("POST", "/__admin/connect/faults", "{\"operation\":\"ListInstances\",\"errorCode\":\"InternalServiceException\","
                + "\"message\":\"injected outage\",\"times\":10}", 200);
        call("POST", "/__admin/connect/faults", "{\"operation\":\"DescribeInstance\",\"latency\":\"50ms\",\"times\":1}", 200);

        assertThatThrownBy(() -> east.listInstances(b -> { }))
                .isInstanceOf(InternalServiceException.class)
                .hasMessageContaining("injected outage")
                .satisfies(e -> assertThat(((InternalServiceException) e).statusCode()).isEqualTo(500));
        assertThat(east.describeInstance(b -> b.instanceId(created.id())).instance().id()).isEqualTo(created.id());
        JsonNode outage = call("GET", "/__admin/connect/faults", null, 200).path("faults").get(0);
        assertThat(outage.get("operation").asText()).isEqualTo("ListInstances");
        assertThat(outage.get("times").asInt()).isEqualTo(10);
        assertThat(outage.get("remaining").asInt()).as("the SDK's three attempts each used one").isEqualTo(7);
    }

    @Test
    void badAdminInputIsA400WithAMessage() throws Exception {
        assertThat(call("POST", "/__admin/connect/clock/advance", "{\"by\":\"soon\"}", 400).get("message").asText())
                .contains("not a duration");
        assertThat(call("POST", "/__admin/connect/faults", "{\"operation\":\"NoSuchOperation\",\"errorCode\":\"ThrottlingException\"}", 400)
                .get("message").asText()).contains("not a Connect operation");
        assertThat(call("POST", "/__admin/connect/faults", "{\"operation\":\"ListInstances\",\"errorCode\":\"Boom\"}", 400)
                .get("message").asText()).contains("not an error of the Connect service model");
        assertThat(call("POST", "/__admin/connect/quotas", "{\"phoneNumbersPerTarget\":\"many\"}", 400)
                .get("message").asText()).contains("phoneNumbersPerTarget");
        assertThat(call("POST", "/__admin/connect/quotas", "{not json", 400).get("message").asText()).contains("JSON");
        assertThat(call("GET", "/__admin/connect/faults", null, 200).path("faults")).isEmpty();
    }

    // Admin inputs that used to break every later call: a clock move of 999999999999 days (every API call a 500
    // until reset), a latency that overflowed, a latency fault that parked every request thread, the admin API's
    // included. Each is now a 400 with a message, or harmless.

    @Test
    void clockMovesAreAtMostAHundredYears() throws Exception {
        assertThat(refused("/__admin/connect/clock/advance", "{\"by\":\"999999999999d\"}"))
                .contains("at most 36525d").contains("999999999999d");
        assertThat(refused("/__admin/connect/clock/advance", "{\"by\":\"99999999999999999999ms\"}"))
                .contains("not a duration");
        assertThat(refused("/__admin/connect/clock/advance", "{\"by\":\"PT99999999999999999H\"}"))
                .contains("not a duration");
        assertThat(refused("/__admin/connect/clock/advance", "{\"by\":\"36526d\"}")).contains("at most 36525d");
        activeInstance(); // the API still works after the refusals
    }

    @Test
    void theClockStopsBeforeTheYear10000AndTheApiKeepsWorking() throws Exception {
        try {
            String refusal = null;
            for (int move = 0; move < 100 && refusal == null; move++) {
                HttpResponse<String> answer = admin.send("POST", "/__admin/connect/clock/advance",
                        "{\"by\":\"36525d\"}", null);
                if (answer.statusCode() == 400) {
                    refusal = JSON.readTree(answer.body()).path("message").asText();
                } else {
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                }
            }
            assertThat(refusal).contains("cannot move past 9999-12-31");
            assertThat(simulator.clock().now()).isAfter(Instant.parse("9900-01-01T00:00:00Z"));
            // Asynchronous work still settles: the instance becomes ACTIVE at a time far in the future.
            assertThat(east.describeInstance(b -> b.instanceId(activeInstance().id())).instance()
                    .instanceStatusAsString()).isEqualTo("ACTIVE");
        } finally {
            call("POST", "/__admin/connect/reset", null, 200);
        }
    }

    @Test
    void latencyIsAtMostTenMinutesAndTimesAtLeastOne() throws Exception {
        assertThat(refused("/__admin/connect/faults", "{\"operation\":\"*\",\"latency\":\"11m\"}"))
                .contains("latency must be at most 10m");
        assertThat(refused("/__admin/connect/faults", "{\"operation\":\"*\",\"latency\":\"999999999999999d\"}"))
                .contains("'999999999999999d' is too large");
        assertThat(refused("/__admin/connect/faults", "{\"operation\":\"*\",\"latency\":\"1s\",\"times\":0}"))
                .contains("'times' must be at least 1");
        assertThat(refused("/__admin/connect/faults", "{\"operation\":\"*\",\"latency\":\"1s\",\"times\":1e30}"))
                .contains("'times' is required and must be a whole number");
        assertThat(refused("/__admin/connect/async-failures",
                "{\"operation\":\"CreateInstance\",\"times\":99999999999}")).contains("'times' must be at most");
        assertThat(refused("/__admin/connect/quotas", "{\"phoneNumbersPerTarget\":99999999999}"))
                .contains("'phoneNumbersPerTarget' must be at most");
        assertThat(call("GET", "/__admin/connect/faults", null, 200).path("faults")).isEmpty();
    }

    @Test
    void aLatencyFaultDoesNotBlockTheAdminApi() throws Exception {
        int calls = 100;
        call("POST", "/__admin/connect/faults", "{\"operation\":\"*\",\"latency\":\"10s\",\"times\":" + calls + "}", 200);
        assertThat(call("GET", "/__admin/connect/faults", null, 200).at("/faults/0/remaining").asInt()).isEqualTo(calls);
        // More delayed calls than the server has request threads (64): sleeping threads would starve everything else.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> delayed = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            delayed.add(client.sendAsync(HttpRequest.newBuilder(simulator.endpoint().resolve("/instance"))
                    .header("Authorization", RawConnectHttp.authorization(account, EAST)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        // The fault is used up (and so no longer listed) once every call has arrived and is being held. Were each
        // held on a parked request thread, the later calls could only arrive after earlier ones were answered.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> call("GET", "/__admin/connect/faults", null, 200).path("faults").isEmpty());

        JsonNode clock = call("GET", "/__admin/connect/clock", null, 200);

        assertThat(clock.path("now").asText()).isNotEmpty();
        assertThat(delayed).as("delayed calls answered before the admin call was").noneMatch(CompletableFuture::isDone);
        for (CompletableFuture<HttpResponse<String>> call : delayed) {
            assertThat(call.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    private String refused(String path, String body) throws Exception {
        return call("POST", path, body, 400).path("message").asText();
    }
}
