package dev.connectconformance.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.config.SimulationSettings;
import dev.connectconformance.simulator.realism.ThrottleMode;
import dev.connectconformance.simulator.security.SigningCredentials;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings as users build them: every wither changes its own setting and no other (two paths and two
 * durations sit side by side), the builder and the withers agree, and both refuse a bad value with the same
 * message.
 */
class SimulatorSettingsTest {

    @TempDir
    Path folder;

    private record Change(String component, UnaryOperator<SimulatorSettings> wither) {
    }

    @Test
    void eachWitherChangesItsOwnSettingAndNoOther() throws Exception {
        Path credentialsFile = Files.writeString(folder.resolve("keys"),
                "AKIDEXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY 111122223333\n");
        SigningCredentials credentials = SigningCredentials.read(credentialsFile);
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        List<Change> changes = List.of(
                new Change("port", s -> s.withPort(4567)),
                new Change("bindAddress", s -> s.withBindAddress("127.0.0.2")),
                new Change("settleDelay", s -> s.withSettleDelay(Duration.ofSeconds(7))),
                new Change("phoneNumberQuota", s -> s.withPhoneNumberQuota(9)),
                new Change("defaultAccountId", s -> s.withDefaultAccountId("111122223333")),
                new Change("idempotencyTokensPerAccount", s -> s.withIdempotencyTokensPerAccount(3)),
                new Change("maxAccounts", s -> s.withMaxAccounts(4)),
                new Change("adminToken", s -> s.withAdminToken("a-token-of-twenty-chars")),
                new Change("allowedOrigins", s -> s.withAllowedOrigins(List.of("http://localhost:3000"))),
                new Change("credentials", s -> s.withCredentials(credentials)),
                new Change("initialState", s -> s.withInitialState(Path.of("start.json"))),
                new Change("stateFile", s -> s.withStateFile(Path.of("kept.json"))),
                new Change("throttleMode", s -> s.withThrottleMode(ThrottleMode.AWS)),
                new Change("propagationDelay", s -> s.withPropagationDelay(Duration.ofSeconds(3))),
                new Change("clock", s -> s.withClock(fixed)));
        List<String> covered = new ArrayList<>();
        SimulatorSettings defaults = SimulatorSettings.defaults();

        for (Change change : changes) {
            SimulatorSettings changed = change.wither().apply(defaults);
            for (RecordComponent component : SimulatorSettings.class.getRecordComponents()) {
                Object before = component.getAccessor().invoke(defaults);
                Object after = component.getAccessor().invoke(changed);
                if (component.getName().equals(change.component())) {
                    assertThat(after).as(change.component() + " changed").isNotEqualTo(before);
                } else {
                    assertThat(after).as(component.getName() + " after with" + change.component()).isEqualTo(before);
                }
            }
            covered.add(change.component());
        }
        assertThat(covered).as("a wither for every setting but the body limit")
                .containsExactlyInAnyOrderElementsOf(componentsBut("maxRequestBodyBytes"));
    }

    @Test
    void theBuilderAndTheWithersAgree() {
        SimulatorSettings byWithers = SimulatorSettings.defaults().withSettleDelay(Duration.ofSeconds(5))
                .withPhoneNumberQuota(10).withInitialState(Path.of("a.json")).withStateFile(Path.of("b.json"));

        SimulatorSettings byBuilder = SimulatorSettings.builder().settleDelay(Duration.ofSeconds(5))
                .phoneNumberQuota(10).initialState(Path.of("a.json")).stateFile(Path.of("b.json")).build();

        assertThat(byBuilder).isEqualTo(byWithers);
        assertThat(SimulatorSettings.builder().build()).isEqualTo(SimulatorSettings.defaults());
        assertThat(byWithers.toBuilder().build()).isEqualTo(byWithers);
        assertThat(SimulatorSettings.builder().maxRequestBodyBytes(2048).build().maxRequestBodyBytes()).isEqualTo(2048);
    }

    @Test
    void theBuilderRefusesWhatTheWithersRefuseWithTheSameMessage() {
        assertThatThrownBy(() -> SimulatorSettings.builder().port(70_000).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port must be 0..65535, not 70000");
        assertThatThrownBy(() -> SimulatorSettings.defaults().withPort(70_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port must be 0..65535, not 70000");
        assertThatThrownBy(() -> SimulatorSettings.builder().defaultAccountId("abc").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("default account must be 12 digits, not abc");
        assertThatThrownBy(() -> SimulatorSettings.builder().propagationDelay(Duration.ofHours(2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the propagation delay must be between 0 and 1h, not PT2H");
        assertThatThrownBy(() -> SimulatorSettings.builder().clock(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the simulator needs a clock to run on");
    }

    @Test
    void thePartsGetTheirSettingsGroupedBySubject() {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        SimulatorSettings settings = SimulatorSettings.builder().settleDelay(Duration.ofSeconds(3)).clock(fixed)
                .defaultAccountId("111122223333").phoneNumberQuota(8).maxRequestBodyBytes(4096)
                .allowedOrigins(List.of("http://localhost:3000")).throttleMode(ThrottleMode.AWS).build();

        SimulationSettings simulation = settings.simulation();

        assertThat(simulation.timing().settleDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(simulation.timing().clock()).isSameAs(fixed);
        assertThat(simulation.accounts().defaultAccountId()).isEqualTo("111122223333");
        assertThat(simulation.accounts().phoneNumberQuota()).isEqualTo(8);
        assertThat(simulation.limits().maxRequestBodyBytes()).isEqualTo(4096);
        assertThat(simulation.edge().allowedOrigins()).containsExactly("http://localhost:3000");
        assertThat(simulation.edge().verifiedCredentials()).isEmpty();
        assertThat(settings.realism().throttleMode()).isEqualTo(ThrottleMode.AWS);
    }

    private static List<String> componentsBut(String left) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : SimulatorSettings.class.getRecordComponents()) {
            if (!component.getName().equals(left)) {
                names.add(component.getName());
            }
        }
        return names;
    }
}
