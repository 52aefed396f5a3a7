package dev.connectconformance.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.StandingClock;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/** What the extension hands a test: clients per region and account, the admin client, the clock, parameters. */
class ConnectSimulatorExtensionTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    @RegisterExtension
    static ConnectSimulatorExtension connect = ConnectSimulatorExtension.newInstance()
            .settings(SimulatorSettings.defaults().withSettleDelay(SETTLE).withClock(StandingClock.now())).build();

    @Test
    void twoAccountsDoNotSeeEachOthersInstances() {
        ConnectClient first = connect.client(Region.US_EAST_1, "111122223333");
        ConnectClient second = connect.client("us-east-1", "444455556666");

        CreateInstanceResponse created = Instances.create(first, "first");

        assertThat(created.arn()).contains(":111122223333:instance/");
        assertThat(Instances.ids(first)).containsExactly(created.id());
        assertThat(Instances.ids(second)).isEmpty();
        assertThatThrownBy(() -> second.describeInstance(b -> b.instanceId(created.id())))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(created.id());
    }

    @Test
    void aClientCallsTheRegionItWasMadeForInTheDefaultAccount() {
        CreateInstanceResponse west = Instances.create(connect.client(Region.US_WEST_2), "west");

        assertThat(west.arn()).startsWith("arn:aws:connect:us-west-2:" + SimulatorSettings.DEFAULT_ACCOUNT + ":");
        assertThat(Instances.ids(connect.client("us-west-2"))).containsExactly(west.id());
        assertThat(Instances.ids(connect.client(Region.US_EAST_1))).isEmpty();
    }

    @Test
    void clientsAreCachedPerRegionAndAccount() {
        assertThat(connect.client(Region.US_EAST_1))
                .isSameAs(connect.client("us-east-1", connect.defaultAccountId()))
                .isNotSameAs(connect.client(Region.US_WEST_2))
                .isNotSameAs(connect.client(Region.US_EAST_1, "111122223333"));
    }

    @Test
    void advancingTheClockCompletesAsynchronousWork() {
        ConnectClient east = connect.client(Region.US_EAST_1);
        CreateInstanceResponse created = Instances.create(east, "clock");
        assertThat(status(east, created)).isEqualTo("CREATION_IN_PROGRESS");

        connect.advanceClock(SETTLE);

        assertThat(status(east, created)).isEqualTo("ACTIVE");
    }

    @Test
    void theAdminClientAndTheEndpointPointAtTheSimulator() {
        Instances.create(connect.client(Region.US_EAST_1), "seen-by-admin");

        assertThat(connect.endpoint()).isEqualTo(connect.simulator().endpoint());
        assertThat(connect.admin().endpoint()).isEqualTo(connect.endpoint());
        assertThat(connect.admin().state().at("/accounts/" + SimulatorSettings.DEFAULT_ACCOUNT + "/instances"))
                .hasSize(1);
    }

    @Test
    void testsCanTakeTheSimulatorAndItsAdminClientAsParameters(ConnectSimulator simulator,
                                                                SimulatorAdminClient admin) {
        assertThat(simulator).isSameAs(connect.simulator());
        assertThat(admin).isSameAs(connect.admin());
    }

    @Test
    void anExtensionThatJUnitDidNotStartSaysSo() {
        ConnectSimulatorExtension unregistered = ConnectSimulatorExtension.newInstance().build();

        assertThatThrownBy(unregistered::endpoint)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not running")
                .hasMessageContaining("@RegisterExtension");
    }

    private static String status(ConnectClient client, CreateInstanceResponse created) {
        return client.describeInstance(b -> b.instanceId(created.id())).instance().instanceStatusAsString();
    }
}
