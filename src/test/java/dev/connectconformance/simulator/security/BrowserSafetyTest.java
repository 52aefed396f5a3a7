package dev.connectconformance.simulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.hostile.EdgeTestBase;
import dev.connectconformance.simulator.hostile.RawSocketHttp;
import dev.connectconformance.simulator.hostile.RawSocketHttp.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A web page the developer opens while the simulator runs, played over raw sockets: it cannot read or change
 * admin state (foreign Origin, Sec-Fetch-Site, a DNS-rebinding Host), cannot reach WireMock's file-writing routes,
 * and cannot call the API with a simple cross-site form POST. Every refusal is an AWS-shaped 403 and changes
 * nothing.
 */
class BrowserSafetyTest extends EdgeTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIL = "https://evil.example";

    @Test
    void theAdminApiRefusesWebPages() {
        setQuota(7);
        for (Map<String, String> page : List.of(Map.of("Origin", EVIL), Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Origin", "http://127.0.0.1:1"))) {
            Answer reset = http.send("POST", "/__admin/connect/reset", page, new byte[0]);
            assertAwsError(reset, 403, "AccessDeniedException", "refuses requests from web pages");
            assertThat(reset.header("Access-Control-Allow-Origin")).isNull();
            Answer state = http.send("GET", "/__admin/connect/state", page, null);
            assertAwsError(state, 403, "AccessDeniedException", "refuses requests from web pages");
        }
        assertThat(quota()).as("no refused reset took effect").isEqualTo(7);
        setQuota(5);
    }

    @Test
    void theAdminApiRefusesADnsRebindingHost() {
        Answer rebound = http.send("GET", "/__admin/connect/state", "rebind.evil.example:" + simulator.port(),
                Map.of(), null);
        assertAwsError(rebound, 403, "AccessDeniedException", "only requests for a loopback host");
        for (String own : List.of("localhost:" + simulator.port(), "[::1]:" + simulator.port(), host())) {
            assertThat(http.send("GET", "/__admin/connect/clock", own, Map.of(), null).status()).as(own)
                    .isEqualTo(200);
        }
    }

    @Test
    void adminAnswersCarryNoCorsHeaders() {
        Answer own = http.send("GET", "/__admin/connect/clock", Map.of("Origin", "http://" + host()), null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.headers()).doesNotContainKeys("access-control-allow-origin",
                "access-control-allow-credentials");
        Answer preflight = http.send("OPTIONS", "/__admin/connect/reset", Map.of("Origin", EVIL,
                "Access-Control-Request-Method", "POST"), null);
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.headers()).doesNotContainKeys("access-control-allow-origin",
                "access-control-allow-methods");
    }

    @Test
    void wireMocksFileWritingMappingAndSettingsRoutesAreUnreachable() {
        Path written = Path.of("src/test/resources/__files/planted.json");
        List<String[]> routes = List.of(new String[] {"PUT", "/__admin/files/planted.json"},
                new String[] {"POST", "/__admin/mappings/save"}, new String[] {"POST", "/__admin/mappings"},
                new String[] {"POST", "/__admin/settings"}, new String[] {"POST", "/__admin/recordings/start"},
                new String[] {"POST", "/__admin/reset"}, new String[] {"GET", "/__admin/swagger-ui/"},
                new String[] {"GET", "/__admin/connect/..%2Fmappings"}, new String[] {"GET", "/__admin/connect/../mappings"});
        for (String[] route : routes) {
            Answer answer = http.send(route[0], route[1], Map.of("Content-Type", "application/json"),
                    "{\"request\":{},\"response\":{},\"persistent\":true}".getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).as(route[0] + " " + route[1] + ": " + answer.body()).isIn(400, 404);
            assertThat(answer.header("x-amzn-ErrorType")).as(route[1]).isNotBlank();
        }
        assertAwsError(http.send("PUT", "/__admin/files/planted.json", Map.of(), "x".getBytes(StandardCharsets.UTF_8)),
                404, "UnknownOperationException", "is not part of the simulator's admin API");
        assertThat(written).doesNotExist();
        assertThat(Path.of("src/test/resources/mappings")).doesNotExist();
    }

    @Test
    void theApiRefusesAForeignPageAndACrossSiteFormPost() throws IOException {
        String claim = "{\"TargetArn\":\"arn:aws:connect:us-east-1:" + ACCOUNT + ":instance/x\","
                + "\"PhoneNumber\":\"+12065550100\"}";
        Map<String, String> signed = Map.of("Authorization", RawConnectHttp.authorization(ACCOUNT, "us-east-1"),
                "Origin", EVIL, "Content-Type", "application/json");
        assertAwsError(http.send("POST", "/phone-number/claim", signed, bytes(claim)), 403, "AccessDeniedException",
                "--allow-origin " + EVIL);
        // A <form> needs no preflight: text/plain, credentials in the query string, no Authorization header.
        String query = "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + ACCOUNT + "%2F"
                + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + "%2Fus-east-1%2Fconnect%2Faws4_request";
        assertAwsError(http.send("POST", "/phone-number/claim" + query, Map.of("Origin", EVIL, "Content-Type",
                "text/plain"), bytes(claim)), 403, "AccessDeniedException", "Requests from web pages are refused");
        assertAwsError(http.send("POST", "/phone-number/claim" + query, Map.of("Sec-Fetch-Site", "cross-site",
                "Content-Type", "text/plain"), bytes(claim)), 403, "AccessDeniedException", "Sec-Fetch-Site");
        JsonNode state = JSON.readTree(http.send("GET", "/__admin/connect/state", Map.of(), null).body());
        assertThat(state.toString()).doesNotContain(ACCOUNT);
    }

    @Test
    void anAllowedOriginGetsCorsAndNothingElseDoes() {
        try (ConnectSimulator allowing = ConnectSimulator.start(SimulatorSettings.defaults()
                .withAllowedOrigins(List.of("http://localhost:3000")))) {
            RawSocketHttp app = new RawSocketHttp(allowing.port());
            Answer preflight = app.send("OPTIONS", "/instance", Map.of("Origin", "http://localhost:3000",
                    "Access-Control-Request-Method", "GET",
                    "Access-Control-Request-Headers", "authorization, x-amz-date, content-type"), null);
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
            assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET").contains("POST");
            assertThat(preflight.header("Access-Control-Allow-Headers")).contains("authorization");

            Answer list = app.send("GET", "/instance", Map.of("Origin", "http://localhost:3000",
                    "Authorization", RawConnectHttp.authorization(ACCOUNT, "us-east-1")), null);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
            assertThat(list.header("Access-Control-Expose-Headers")).contains("x-amzn-RequestId");

            assertThat(app.send("GET", "/instance", Map.of("Origin", "http://localhost:3001",
                    "Authorization", RawConnectHttp.authorization(ACCOUNT, "us-east-1")), null).status()).isEqualTo(403);
            Answer admin = app.send("GET", "/__admin/connect/state", Map.of("Origin", "http://localhost:3000"), null);
            assertAwsError(admin, 403, "AccessDeniedException", "refuses requests from web pages");
            assertThat(admin.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void shutdownStopsTheSimulator() {
        ConnectSimulator doomed = ConnectSimulator.start(SimulatorSettings.defaults());
        RawSocketHttp doomedHttp = new RawSocketHttp(doomed.port());
        assertThat(doomedHttp.send("POST", "/__admin/shutdown", Map.of("Origin", EVIL), new byte[0]).status())
                .as("a page cannot stop it").isEqualTo(403);
        assertThat(doomed.isRunning()).isTrue();
        assertThat(doomedHttp.send("POST", "/__admin/shutdown", Map.of(), new byte[0]).status()).isEqualTo(200);
        // The stop runs after the answer; the bound only keeps a simulator that never stops from hanging the test.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(doomed.isRunning())
                .as("the whole simulator stopped, not only its port").isFalse());
    }

    // ---- helpers ----

    private static void setQuota(int quota) {
        assertThat(http.send("POST", "/__admin/connect/quotas", Map.of(),
                bytes("{\"phoneNumbersPerTarget\":" + quota + "}")).status()).isEqualTo(200);
    }

    private static int quota() {
        try {
            return JSON.readTree(http.send("GET", "/__admin/connect/quotas", Map.of(), null).body())
                    .path("phoneNumbersPerTarget").asInt();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String host() {
        return "127.0.0.1:" + simulator.port();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
