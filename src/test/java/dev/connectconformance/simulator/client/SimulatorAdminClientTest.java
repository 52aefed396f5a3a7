package dev.connectconformance.simulator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectconformance.simulator.SimulatorTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/** The typed admin client against a running simulator: every control, and how a refused request surfaces. */
class SimulatorAdminClientTest extends SimulatorTestBase {

    private SimulatorAdminClient admin;

    @BeforeEach
    void adminClient() {
        admin = new SimulatorAdminClient(simulator.endpoint());
    }

    @AfterEach
    void resetSimulator() {
        admin.reset();
    }

    @Test
    void theClockIsReadAndAdvancedAndDueWorkCompletes() {
        CreateInstanceResponse created = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias("clock-" + account).inboundCallsEnabled(true).outboundCallsEnabled(true));
        Instant before = admin.now();

        Instant after = admin.advanceClock(SETTLE);

        assertThat(after).isAfterOrEqualTo(before.plus(SETTLE));
        assertThat(admin.now()).isAfterOrEqualTo(after);
        assertThat(east.describeInstance(b -> b.instanceId(created.id())).instance().instanceStatusAsString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void theStateShowsTheAccountsResources() {
        CreateInstanceResponse created = activeInstance();

        JsonNode state = admin.state();

        assertThat(state.at("/accounts/" + account + "/instances/0/id").asText()).isEqualTo(created.id());
        assertThat(state.at("/accounts/" + account + "/instances/0/status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void quotasAreSetGloballyAndPerTarget() {
        String target = "arn:aws:connect:us-east-1:" + account + ":instance/" + "0".repeat(8) + "-0000-0000-0000-"
                + "0".repeat(12);

        Quotas perTarget = admin.setPhoneNumbersPerTarget(target, 2);
        Quotas global = admin.setPhoneNumbersPerTarget(7);

        assertThat(perTarget.overrides()).containsEntry(target, 2);
        assertThat(global.phoneNumbersPerTarget()).isEqualTo(7);
        assertThat(admin.quotas().phoneNumbersFor(target)).isEqualTo(2);
        assertThat(admin.quotas().phoneNumbersFor(target.replace("instance/0", "instance/1"))).isEqualTo(7);
        assertThat(simulator.store().quotas().phoneNumbersFor(target)).isEqualTo(2);
    }

    @Test
    void aFaultHitsTheNextCallsAndIsListedWithTheCallsItHasLeft() {
        String instanceId = activeInstance().id();
        admin.addFault(Fault.error("DescribeInstance", "ResourceNotFoundException").withMessage("gone for now")
                .times(2));
        assertThat(admin.faults()).singleElement().satisfies(armed -> {
            assertThat(armed.remaining()).isEqualTo(2);
            assertThat(armed.fault().times()).isEqualTo(2);
            assertThat(armed.hitsEveryCall()).isFalse();
        });

        assertThatThrownBy(() -> east.describeInstance(b -> b.instanceId(instanceId)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("gone for now");

        assertThat(admin.faults()).singleElement().extracting(ArmedFault::remaining).isEqualTo(1);
    }

    @Test
    void latencyFaultsHitEveryCallUntilCleared() {
        Fault latency = Fault.latency("ListInstances", Duration.ofMillis(50));

        assertThat(admin.addFault(latency)).singleElement().satisfies(armed -> {
            assertThat(armed.fault()).isEqualTo(latency);
            assertThat(armed.hitsEveryCall()).isTrue();
            assertThat(armed.remaining()).isEqualTo(Fault.EVERY_CALL);
        });
        admin.addFault(Fault.error("*", "ThrottlingException").times(1));
        assertThat(admin.faults()).hasSize(2);

        admin.clearFaults();

        assertThat(admin.faults()).isEmpty();
    }

    @Test
    void asynchronousFailuresAreArmedListedAndCleared() {
        Map<String, Integer> armed = admin.addAsyncFailure("CreateTrafficDistributionGroup", 2);
        admin.addAsyncFailure("DeleteTrafficDistributionGroup", 1);

        assertThat(armed).containsExactly(Map.entry("CreateTrafficDistributionGroup", 2));
        assertThat(admin.asyncFailures()).containsOnly(Map.entry("CreateTrafficDistributionGroup", 2),
                Map.entry("DeleteTrafficDistributionGroup", 1));

        admin.clearAsyncFailures();

        assertThat(admin.asyncFailures()).isEmpty();
    }

    @Test
    void resetForgetsAccountsQuotasFaultsFailuresAndClockMoves() {
        activeInstance();
        admin.setPhoneNumbersPerTarget(9);
        admin.addFault(Fault.error("ListInstances", "ThrottlingException"));
        admin.addAsyncFailure("CreateTrafficDistributionGroup", 1);
        Instant advanced = admin.advanceClock(Duration.ofDays(30));

        admin.reset();

        assertThat(admin.state().path("accounts").isEmpty()).isTrue();
        assertThat(admin.quotas()).isEqualTo(new Quotas(5, Map.of()));
        assertThat(admin.faults()).isEmpty();
        assertThat(admin.asyncFailures()).isEmpty();
        assertThat(admin.now()).isBefore(advanced);
    }

    @Test
    void aRefusedRequestCarriesTheStatusAndTheSimulatorsMessage() {
        assertThatThrownBy(() -> admin.addFault(Fault.error("NoSuchOperation", "ThrottlingException")))
                .isInstanceOf(SimulatorAdminException.class)
                .hasMessageContaining("POST /__admin/connect/faults answered 400")
                .satisfies(e -> {
                    SimulatorAdminException refused = (SimulatorAdminException) e;
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.simulatorMessage()).contains("'NoSuchOperation' is not a Connect operation");
                });
        assertThatThrownBy(() -> admin.setPhoneNumbersPerTarget(-1))
                .isInstanceOf(SimulatorAdminException.class)
                .hasMessageContaining("cannot be negative");
    }

    @Test
    void aFaultWithoutErrorOrLatencyOrCallsIsRefusedBeforeItIsSent() {
        assertThatThrownBy(() -> new Fault("ListInstances", null, null, Duration.ZERO, Fault.EVERY_CALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an error code, a latency, or both");
        assertThatThrownBy(() -> Fault.error("ListInstances", "ThrottlingException").times(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one call");
    }
}
