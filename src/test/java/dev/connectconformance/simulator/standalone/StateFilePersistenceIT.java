package dev.connectconformance.simulator.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.client.SimulatorClients;
import dev.connectconformance.simulator.statefile.AccountDocument;
import dev.connectconformance.simulator.statefile.InstanceDocument;
import dev.connectconformance.simulator.statefile.StateDocument;
import dev.connectconformance.simulator.statefile.StateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * The packaged simulator with {@code --state-file}: a clean stop (SIGTERM) loses nothing, even what was answered
 * a moment before; a crash (kill -9) keeps what the background writer had written (it writes at most once a second
 * after a change, so a crash loses at most about the last second); the file is never half written.
 */
class StateFilePersistenceIT {

    private static final String ACCOUNT = "333344445555";

    @TempDir
    Path dir;

    @Test
    void sigtermLosesNothingAnsweredBeforeTheStop() throws Exception {
        Path file = dir.resolve("state.json");
        String instanceId;
        String numberArn;
        StateDocument before;
        try (StandaloneSimulatorProcess simulator = start(file)) {
            try (ConnectClient east = client(simulator)) {
                instanceId = createInstance(east, "kept-on-sigterm");
                new SimulatorAdminClient(simulator.endpoint()).setPhoneNumbersPerTarget(7);
                String arn = east.describeInstance(b -> b.instanceId(instanceId)).instance().arn();
                String number = east.searchAvailablePhoneNumbers(b -> b.targetArn(arn).phoneNumberCountryCode("US")
                        .phoneNumberType("DID").maxResults(1)).availableNumbersList().get(0).phoneNumber();
                numberArn = east.claimPhoneNumber(b -> b.targetArn(arn).phoneNumber(number)).phoneNumberArn();
            }
            before = new SimulatorAdminClient(simulator.endpoint()).exportState();
            assertThat(simulator.stop()).isZero();
        }

        try (StandaloneSimulatorProcess restarted = start(file); ConnectClient east = client(restarted)) {
            assertThat(east.describeInstance(b -> b.instanceId(instanceId)).instance().instanceStatusAsString())
                    .isEqualTo("ACTIVE");
            assertThat(east.describePhoneNumber(b -> b.phoneNumberId(numberArn)).claimedPhoneNumberSummary()
                    .phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");
            StateDocument after = new SimulatorAdminClient(restarted.endpoint()).exportState();
            assertThat(after.accounts()).isEqualTo(before.accounts());
            assertThat(after.quotas().phoneNumbersPerTarget()).isEqualTo(7);
        }
    }

    @Test
    void killMinusNineKeepsWhatTheBackgroundWriterHadWritten() throws Exception {
        Path file = dir.resolve("state.json");
        String instanceId;
        try (StandaloneSimulatorProcess simulator = start(file)) {
            try (ConnectClient east = client(simulator)) {
                instanceId = createInstance(east, "kept-on-kill");
            }
            // No stop writes it: the writer in the background does (at most once a second after a change). The
            // bound is a hang guard, not the promise.
            long start = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).until(() -> instanceIds(StateFiles.read(file)).contains(instanceId));
            System.out.printf("the created instance was in the state file %d ms after its answer%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            simulator.kill();
        }
        assertThat(instanceIds(StateFiles.read(file))).containsExactly(instanceId);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no half-written file left")
                    .containsExactly("state.json");
        }

        try (StandaloneSimulatorProcess restarted = start(file); ConnectClient east = client(restarted)) {
            assertThat(east.describeInstance(b -> b.instanceId(instanceId)).instance().id()).isEqualTo(instanceId);
        }
    }

    private static List<String> instanceIds(StateDocument state) {
        AccountDocument account = state.accounts().get(ACCOUNT);
        return account == null ? List.of() : account.instances().stream().map(InstanceDocument::id).toList();
    }

    private static StandaloneSimulatorProcess start(Path file) throws Exception {
        return StandaloneSimulatorProcess.start("--port", "0", "--settle-delay", "0", "--state-file", file.toString());
    }

    private static ConnectClient client(StandaloneSimulatorProcess simulator) {
        return SimulatorClients.connect(simulator.endpoint(), "us-east-1", ACCOUNT);
    }

    private static String createInstance(ConnectClient east, String alias) {
        return east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED").instanceAlias(alias)
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
    }
}
