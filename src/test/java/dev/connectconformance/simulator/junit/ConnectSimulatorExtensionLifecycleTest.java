package dev.connectconformance.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.connectconformance.simulator.ConnectSimulator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * The extension's lifecycle, observed by running small example classes with the JUnit Platform test kit: a static
 * field shares one simulator across a class (and its nested classes), an instance field gives each test its own,
 * state is reset between tests unless told not to, and simulators and their clients stop with their owner.
 */
class ConnectSimulatorExtensionLifecycleTest {

    /** The simulators the example tests ran against, in order. */
    static final List<ConnectSimulator> seen = new CopyOnWriteArrayList<>();
    /** A client an example took, to check it is closed once its simulator stops. */
    static final List<ConnectClient> clients = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forgetEarlierRuns() {
        seen.clear();
        clients.clear();
    }

    @Test
    void aStaticFieldServesEveryTestOfTheClassWithOneSimulatorResetBetweenTests() {
        assertEveryTestPassed(run(PerClassExample.class), 2);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isSameAs(seen.get(0));
        assertThat(seen.get(0).isRunning()).as("stopped after the class").isFalse();
    }

    @Test
    void anInstanceFieldGivesEveryTestASimulatorOfItsOwn() {
        assertEveryTestPassed(run(PerTestExample.class), 2);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isNotSameAs(seen.get(0));
        assertThat(seen).noneMatch(ConnectSimulator::isRunning);
    }

    @Test
    void withoutResetBetweenTestsTheStateIsKept() {
        assertEveryTestPassed(run(KeepingStateExample.class), 2);
    }

    @Test
    void nestedClassesShareTheOuterClassesSimulator() {
        assertEveryTestPassed(run(NestedClassesExample.class), 3);

        assertThat(seen).hasSize(3).allMatch(simulator -> simulator == seen.get(0));
        assertThat(seen.get(0).isRunning()).isFalse();
    }

    @Test
    void clientsAreClosedWhenTheirSimulatorStops() {
        assertEveryTestPassed(run(PerClassExample.class), 2);

        assertThat(clients).isNotEmpty().allSatisfy(client -> assertThat(isClosed(client)).isTrue());
    }

    private static EngineExecutionResults run(Class<?> example) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute();
    }

    private static void assertEveryTestPassed(EngineExecutionResults results, int tests) {
        List<String> failures = results.allEvents().failed().stream()
                .map(event -> event.getTestDescriptor().getDisplayName() + ": " + event
                        .getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::toString).orElse("failed"))
                .toList();
        assertThat(failures).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    /** A closed SDK client refuses every call before sending anything. */
    private static boolean isClosed(ConnectClient client) {
        try {
            client.listInstances(b -> { });
            return false;
        } catch (IllegalStateException e) {
            return e.getMessage().contains("shut down");
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassExample {

        @RegisterExtension
        static ConnectSimulatorExtension connect = ConnectSimulatorExtension.newInstance().build();

        @Test
        @Order(1)
        void createsAnInstance() {
            seen.add(connect.simulator());
            clients.add(connect.client(Region.US_EAST_1));
            Instances.create(connect.client(Region.US_EAST_1), "first");
            assertThat(Instances.ids(connect.client(Region.US_EAST_1))).hasSize(1);
        }

        @Test
        @Order(2)
        void findsTheSameSimulatorWithItsStateReset() {
            seen.add(connect.simulator());
            assertThat(Instances.ids(connect.client(Region.US_EAST_1))).isEmpty();
        }
    }

    static class PerTestExample {

        @RegisterExtension
        ConnectSimulatorExtension connect = ConnectSimulatorExtension.newInstance().build();

        @Test
        void one() {
            seen.add(connect.simulator());
            assertThat(Instances.ids(connect.client(Region.US_EAST_1))).isEmpty();
            Instances.create(connect.client(Region.US_EAST_1), "one");
        }

        @Test
        void two() {
            seen.add(connect.simulator());
            assertThat(Instances.ids(connect.client(Region.US_EAST_1))).isEmpty();
            Instances.create(connect.client(Region.US_EAST_1), "two");
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class KeepingStateExample {

        @RegisterExtension
        static ConnectSimulatorExtension connect = ConnectSimulatorExtension.newInstance()
                .resetBetweenTests(false).build();

        @Test
        @Order(1)
        void createsAnInstance() {
            Instances.create(connect.client("us-east-1"), "kept");
        }

        @Test
        @Order(2)
        void stillSeesIt() {
            assertThat(Instances.ids(connect.client("us-east-1"))).hasSize(1);
        }
    }

    static class NestedClassesExample {

        @RegisterExtension
        static ConnectSimulatorExtension connect = ConnectSimulatorExtension.newInstance().build();

        @Test
        void outer() {
            seen.add(connect.simulator());
        }

        @Nested
        class First {
            @Test
            void inner() {
                seen.add(connect.simulator());
            }
        }

        @Nested
        class Second {
            @Test
            void inner() {
                seen.add(connect.simulator());
                assertThat(connect.simulator().isRunning()).isTrue();
            }
        }
    }
}
