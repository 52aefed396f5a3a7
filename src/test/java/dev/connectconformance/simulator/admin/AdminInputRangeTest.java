package dev.connectconformance.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorTestBase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Admin inputs that used to break the simulator for every later call: a clock move of 999999999999 days (every
 * API call a 500 until reset), a latency that overflowed into an ArithmeticException, a latency fault that parked
 * every request thread so the admin API itself stopped answering. Each is now a 400 with a message, or harmless.
 */
class AdminInputRangeTest extends SimulatorTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private RawConnectHttp admin;

    @BeforeEach
    void adminClient() {
        admin = new RawConnectHttp(simulator.endpoint());
    }

    @AfterEach
    void resetEverything() {
        admin.send("POST", "/__admin/connect/reset", null, null);
    }

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
        String refusal = null;
        long start = System.nanoTime();
        for (int move = 0; move < 100 && refusal == null; move++) {
            HttpResponse<String> answer = admin.send("POST", "/__admin/connect/clock/advance", "{\"by\":\"36525d\"}", null);
            if (answer.statusCode() == 400) {
                refusal = JSON.readTree(answer.body()).path("message").asText();
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            }
        }
        System.out.printf("moves to the year 9999: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(refusal).contains("cannot move past 9999-12-31");
        Instant now = simulator.clock().now();
        assertThat(now).isAfter(Instant.parse("9900-01-01T00:00:00Z"));
        // Asynchronous work still settles: the instance becomes ACTIVE at a time far in the future.
        assertThat(east.describeInstance(b -> b.instanceId(activeInstance().id())).instance().instanceStatusAsString())
                .isEqualTo("ACTIVE");
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
        assertThat(JSON.readTree(admin.send("GET", "/__admin/connect/faults", null, null).body()).path("faults"))
                .isEmpty();
    }

    @Test
    void aLatencyFaultDoesNotBlockTheAdminApi() throws Exception {
        ok("/__admin/connect/faults", "{\"operation\":\"*\",\"latency\":\"4s\"}");
        // More delayed calls than the server has request threads: sleeping threads would starve everything else.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> delayed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            delayed.add(client.sendAsync(HttpRequest.newBuilder(simulator.endpoint().resolve("/instance"))
                    .header("Authorization", RawConnectHttp.authorization(account, EAST)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(300);
        long start = System.nanoTime();
        HttpResponse<String> clock = admin.send("GET", "/__admin/connect/clock", null, null);
        long adminMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("admin answer during 100 delayed calls: %d ms%n", adminMillis);
        assertThat(clock.statusCode()).isEqualTo(200);
        // Parked threads would hold the admin call until the latency is over (about 4 s); answered, it takes ms.
        assertThat(adminMillis).as("admin answer time while 100 API calls wait out a 4 s latency").isLessThan(2000);
        for (CompletableFuture<HttpResponse<String>> call : delayed) {
            assertThat(call.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    private String refused(String path, String body) throws Exception {
        HttpResponse<String> answer = admin.send("POST", path, body, null);
        assertThat(answer.statusCode()).as(path + " " + body + ": " + answer.body()).isEqualTo(400);
        return JSON.readTree(answer.body()).path("message").asText();
    }

    private JsonNode ok(String path, String body) throws Exception {
        HttpResponse<String> answer = admin.send("POST", path, body, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

}
