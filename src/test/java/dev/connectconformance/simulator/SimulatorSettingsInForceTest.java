package dev.connectconformance.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the simulator makes of its settings before it listens; nothing here binds a socket. */
class SimulatorSettingsInForceTest {

    @Test
    void aBindBeyondLoopbackGetsAGeneratedAdminToken() {
        for (String wide : List.of("0.0.0.0", "::")) {
            SimulatorSettings settings = ConnectSimulator.inForce(SimulatorSettings.defaults().withBindAddress(wide));
            assertThat(settings.adminToken()).as(wide).isNotNull().hasSize(43);
        }
        assertThat(ConnectSimulator.inForce(SimulatorSettings.defaults().withBindAddress("0.0.0.0")).adminToken())
                .as("a new token each start").isNotEqualTo(
                        ConnectSimulator.inForce(SimulatorSettings.defaults().withBindAddress("0.0.0.0")).adminToken());
    }

    @Test
    void loopbackNeedsNoTokenAndAGivenOneIsKept() {
        for (String loopback : List.of("127.0.0.1", "localhost", "::1", "127.0.0.2")) {
            assertThat(ConnectSimulator.inForce(SimulatorSettings.defaults().withBindAddress(loopback)).adminToken())
                    .as(loopback).isNull();
        }
        SimulatorSettings given = SimulatorSettings.defaults().withBindAddress("0.0.0.0")
                .withAdminToken("my-own-admin-token-123");
        assertThat(ConnectSimulator.inForce(given).adminToken()).isEqualTo("my-own-admin-token-123");
    }

    @Test
    void edgeSettingsAreCheckedUpFront() {
        assertThatThrownBy(() -> SimulatorSettings.defaults().withAdminToken("short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 to 512");
        assertThatThrownBy(() -> SimulatorSettings.defaults().withAllowedOrigins(List.of("localhost:3000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an origin");
        assertThat(SimulatorSettings.defaults().withAllowedOrigins(List.of("http://LOCALHOST:3000/")).allowedOrigins())
                .containsExactly("http://localhost:3000");
    }
}
