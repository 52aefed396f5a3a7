package dev.connectconformance.simulator.junit;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * An embedded Connect simulator for JUnit 5 tests, registered with {@code @RegisterExtension}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static ConnectSimulatorExtension connect = ConnectSimulatorExtension.newInstance()
 *         .settings(SimulatorSettings.defaults().withSettleDelay(Duration.ofSeconds(5)))
 *         .build();
 * }</pre>
 *
 * <p>In a static field one simulator serves the whole class (and its {@code @Nested} classes); in an instance
 * field every test gets a simulator of its own. It listens on a free loopback port and its state is reset
 * before each test unless {@link Builder#resetBetweenTests(boolean) resetBetweenTests(false)}. Clients from
 * {@link #client} are cached per region and account and closed when the simulator stops. Test and lifecycle
 * methods can also take a {@link ConnectSimulator} or {@link SimulatorAdminClient} parameter.
 */
public final class ConnectSimulatorExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    /** A started simulator with what belongs to it, and the JUnit context (class or test) that owns it. */
    private record Running(ConnectSimulator simulator, SimulatorAdminClient admin, ConnectClientCache clients,
                           String owner) {
    }

    private final SimulatorSettings settings;
    private final boolean resetBetweenTests;
    private volatile Running running;

    private ConnectSimulatorExtension(Builder builder) {
        this.settings = builder.settings;
        this.resetBetweenTests = builder.resetBetweenTests;
    }

    public static Builder newInstance() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startUnlessRunning(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (running == null) {
            // an instance field: JUnit calls no beforeAll on it, and it lives for one test
            startUnlessRunning(context);
        } else if (resetBetweenTests) {
            running.simulator().reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfOwnedBy(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfOwnedBy(context);
    }

    private synchronized void startUnlessRunning(ExtensionContext context) {
        if (running == null) {
            ConnectSimulator simulator = ConnectSimulator.start(settings);
            running = new Running(simulator, simulator.adminClient(),
                    new ConnectClientCache(simulator.endpoint()), context.getUniqueId());
        }
    }

    /** A @Nested class sees its outer class's static extension too; only the context that started it stops it. */
    private synchronized void stopIfOwnedBy(ExtensionContext context) {
        if (running != null && running.owner().equals(context.getUniqueId())) {
            running.clients().close();
            running.simulator().close();
            running = null;
        }
    }

    private Running running() {
        Running current = running;
        if (current == null) {
            throw new IllegalStateException("the Connect simulator is not running: register the extension with "
                    + "@RegisterExtension and use it from a test or a lifecycle method of that class");
        }
        return current;
    }

    /** A client of the simulator's default account, calling the given region. */
    public ConnectClient client(Region region) {
        return client(region.id());
    }

    /** A client of the simulator's default account, calling the given region (e.g. {@code "us-west-2"}). */
    public ConnectClient client(String region) {
        return client(region, settings.defaultAccountId());
    }

    /** A client acting as the given 12-digit account, calling the given region. */
    public ConnectClient client(Region region, String accountId) {
        return client(region.id(), accountId);
    }

    public ConnectClient client(String region, String accountId) {
        return running().clients().get(region, accountId);
    }

    public SimulatorAdminClient admin() {
        return running().admin();
    }

    /** The base URL to give an SDK as endpoint override, or the AWS CLI as --endpoint-url. */
    public URI endpoint() {
        return running().simulator().endpoint();
    }

    public ConnectSimulator simulator() {
        return running().simulator();
    }

    /** The account of clients created without one. */
    public String defaultAccountId() {
        return settings.defaultAccountId();
    }

    /** Moves the simulator's clock so asynchronous work that is due completes, instead of sleeping. */
    public void advanceClock(Duration by) {
        running().simulator().advanceClock(by);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ConnectSimulator.class || type == SimulatorAdminClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConnectSimulator.class ? simulator() : admin();
    }

    /** Settings default to {@link SimulatorSettings#defaults()}: a free loopback port, 1 s settle delay. */
    public static final class Builder {

        private SimulatorSettings settings = SimulatorSettings.defaults();
        private boolean resetBetweenTests = true;

        private Builder() {
        }

        public Builder settings(SimulatorSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** Whether the state goes back to empty before each test (default true) when tests share a simulator. */
        public Builder resetBetweenTests(boolean value) {
            this.resetBetweenTests = value;
            return this;
        }

        public ConnectSimulatorExtension build() {
            return new ConnectSimulatorExtension(this);
        }
    }
}
