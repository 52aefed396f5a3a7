package dev.connectconformance.simulator.security;

import static dev.connectconformance.simulator.hostile.EdgeTestBase.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.client.SimulatorAdminException;
import dev.connectconformance.simulator.hostile.RawSocketHttp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A simulator with an admin token (as every one bound beyond loopback has): admin requests need it, the Java admin
 * client sends it, and with it any Host is accepted (a container reached by its service name). Bound to loopback
 * here: the tests never listen on another address.
 */
class AdminTokenTest {

    private static final String TOKEN = "test-admin-token-0123456789";
    private static ConnectSimulator simulator;
    private static RawSocketHttp http;

    @BeforeAll
    static void start() {
        simulator = ConnectSimulator.start(SimulatorSettings.defaults().withAdminToken(TOKEN));
        http = new RawSocketHttp(simulator.port());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void adminRequestsWithoutTheTokenAreRefused() {
        assertAwsError(http.send("GET", "/__admin/connect/state", Map.of(), null), 403, "AccessDeniedException",
                "requires its admin token");
        assertAwsError(http.send("POST", "/__admin/shutdown", Map.of("Authorization", "Bearer not-the-token-at-all"),
                new byte[0]), 403, "AccessDeniedException", "requires its admin token");
        assertThat(simulator.isRunning()).isTrue();
        assertThatThrownBy(() -> new SimulatorAdminClient(simulator.endpoint()).now())
                .isInstanceOf(SimulatorAdminException.class).hasMessageContaining("403")
                .hasMessageContaining("requires its admin token");
    }

    @Test
    void theTokenOpensTheAdminApiFromAnyHost() {
        assertThat(http.send("GET", "/__admin/connect/clock", Map.of("Authorization", "Bearer " + TOKEN), null)
                .status()).isEqualTo(200);
        assertThat(http.send("GET", "/__admin/connect/clock", "connect-simulator:4566",
                Map.of("Authorization", "Token " + TOKEN), null).status()).isEqualTo(200);
        assertThat(http.send("GET", "/__admin/connect/clock", "connect-simulator:4566", Map.of(), null).status())
                .isEqualTo(403);
    }

    @Test
    void theJavaAdminClientSendsTheToken() {
        SimulatorAdminClient admin = simulator.adminClient();
        assertThat(admin.advanceClock(Duration.ofSeconds(1))).isAfter(Instant.now().minusSeconds(60));
        assertThat(new SimulatorAdminClient(simulator.endpoint(), TOKEN).quotas().phoneNumbersPerTarget()).isEqualTo(5);
    }

    @Test
    void theApiDoesNotNeedTheToken() {
        assertThat(http.send("GET", "/instance", Map.of("Authorization",
                RawConnectHttp.authorization("135792468013", "us-east-1")), null)
                .status()).isEqualTo(200);
    }
}
