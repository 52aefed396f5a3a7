package dev.connectconformance.simulator;

import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;

/**
 * Tests of the simulator through the real AWS SDK. One simulator per test class; each test gets an account of
 * its own (a fresh 12-digit access key id), so tests never see each other's resources. Asynchronous work takes
 * {@link #SETTLE} on the simulator clock; {@link #settle()} moves the clock instead of sleeping. The clock stands
 * still otherwise ({@link StandingClock}), so what a test sees as IN_PROGRESS never depends on the machine's speed.
 */
public abstract class SimulatorTestBase {

    protected static final Duration SETTLE = Duration.ofSeconds(5);
    protected static final String EAST = "us-east-1";
    protected static final String WEST = "us-west-2";

    protected static ConnectSimulator simulator;

    protected String account;
    protected ConnectClient east;
    protected ConnectClient west;

    @BeforeAll
    static void startSimulator() {
        simulator = ConnectSimulator.start(SimulatorSettings.defaults().withSettleDelay(SETTLE)
                .withClock(StandingClock.now()));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void newAccount() {
        account = randomAccountId();
        east = client(EAST, account);
        west = client(WEST, account);
    }

    @AfterEach
    void closeClients() {
        east.close();
        west.close();
    }

    protected static String randomAccountId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
    }

    protected static ConnectClient client(String region, String accountId) {
        return SimulatorClients.connect(simulator.endpoint(), region, accountId);
    }

    /** Completes the asynchronous work started so far. */
    protected void settle() {
        simulator.advanceClock(SETTLE);
    }

    /** An ACTIVE instance in us-east-1 with a unique alias. */
    protected CreateInstanceResponse activeInstance() {
        CreateInstanceResponse created = east.createInstance(b -> b.identityManagementType("SAML")
                .instanceAlias("i-" + UUID.randomUUID().toString().substring(0, 8))
                .inboundCallsEnabled(true).outboundCallsEnabled(true));
        settle();
        return created;
    }

    /** An ACTIVE instance in us-east-1, replicated to us-west-2 (so it also has an ACTIVE default TDG). */
    protected CreateInstanceResponse replicatedInstance() {
        CreateInstanceResponse created = activeInstance();
        east.replicateInstance(b -> b.instanceId(created.id()).replicaRegion(WEST)
                .replicaAlias("r-" + UUID.randomUUID().toString().substring(0, 8)));
        settle();
        return created;
    }

    /** The ARN of the default traffic distribution group ReplicateInstance created, read from the state. */
    protected String defaultTdgArn(String instanceId) {
        AccountState state = simulator.store().account(account);
        return state.exclusively(simulator.clock().now(), () -> state.trafficDistributionGroups().values().stream()
                .filter(g -> g.instanceId().equals(instanceId) && g.isDefault())
                .map(g -> g.arn(account)).findFirst().orElseThrow());
    }

    /** The record of a traffic distribution group, for assertions on state the API does not show. */
    protected TrafficDistributionGroupRecord tdgRecord(String tdgId) {
        AccountState state = simulator.store().account(account);
        return state.exclusively(simulator.clock().now(), () -> state.trafficDistributionGroups().get(tdgId));
    }
}
