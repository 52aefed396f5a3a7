package dev.connectconformance.simulator.statefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.StandingClock;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;

/** Export, import into a fresh simulator, export again: the same document, and the same ARNs work on the twin. */
class StateFileRoundTripTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final String ACCOUNT = "210987654321";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectSimulator source;
    private ConnectSimulator twin;

    @BeforeEach
    void start() {
        // Clocks that stand still: the number left moving stays IN_PROGRESS until a test moves the clock.
        source = ConnectSimulator.start(SimulatorSettings.defaults().withSettleDelay(SETTLE)
                .withClock(StandingClock.now()));
        twin = ConnectSimulator.start(SimulatorSettings.defaults().withSettleDelay(SETTLE)
                .withClock(StandingClock.now()));
    }

    @AfterEach
    void stop() {
        source.close();
        twin.close();
    }

    @Test
    void anExportImportedIntoAFreshSimulatorExportsTheSameDocument() throws Exception {
        MigrationAccount built = MigrationAccount.build(source, ACCOUNT, SETTLE);
        source.adminClient().setPhoneNumbersPerTarget(built.tdgArn(), 9);
        StateDocument exported = source.adminClient().exportState();

        twin.adminClient().importState(exported);
        StateDocument again = twin.adminClient().exportState();

        assertThat(withoutNow(again)).isEqualTo(withoutNow(exported));
        assertThat(again.now()).as("the import set the twin's clock to the export's").isEqualTo(exported.now());
        assertThat(again.accounts().get(ACCOUNT).pendingWork()).hasSize(1);
        assertThat(again.quotas().overrides()).containsEntry(built.tdgArn(), 9);
    }

    @Test
    void aPlansArnsWorkUnchangedOnTheTwinAndPendingWorkSettlesWhenTheClockMoves() {
        MigrationAccount built = MigrationAccount.build(source, ACCOUNT, SETTLE);
        twin.adminClient().importState(source.adminClient().exportState());

        try (ConnectClient east = SimulatorClients.connect(twin.endpoint(), "us-east-1", ACCOUNT);
             ConnectClient west = SimulatorClients.connect(twin.endpoint(), "us-west-2", ACCOUNT)) {
            ClaimedPhoneNumberSummary moving = describe(east, built.movingArn());
            assertThat(moving.phoneNumberStatus().statusAsString()).isEqualTo("IN_PROGRESS");
            assertThat(moving.targetArn()).isEqualTo(built.tdgArn());
            ClaimedPhoneNumberSummary onInstance = describe(east, built.onInstanceArn());
            assertThat(onInstance.phoneNumberDescription()).isEqualTo("front desk");
            assertThat(onInstance.tags()).containsEntry("cost-centre", "42");
            assertThat(east.listFlowAssociations(b -> b.instanceId(built.instanceId())).flowAssociationSummaryList())
                    .anySatisfy(a -> assertThat(a.resourceId()).isEqualTo(built.onInstanceArn()));
            assertThat(east.getTrafficDistribution(b -> b.id(built.tdgArn())).telephonyConfig().distributions())
                    .anySatisfy(d -> assertThat(d.percentage()).isEqualTo(60));

            twin.advanceClock(SETTLE);

            assertThat(describe(east, built.movingArn()).phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");
            List<ListPhoneNumbersSummary> onTdg = east.listPhoneNumbersV2(b -> b.targetArn(built.tdgArn()))
                    .listPhoneNumbersSummaryList();
            assertThat(onTdg).extracting(ListPhoneNumbersSummary::phoneNumberArn)
                    .containsExactlyInAnyOrder(built.onTdgArn(), built.movingArn());

            east.updatePhoneNumber(b -> b.phoneNumberId(built.onInstanceArn()).targetArn(built.tdgArn()));
            twin.advanceClock(SETTLE);
            ClaimedPhoneNumberSummary moved = describe(west, built.onInstanceArn());
            assertThat(moved.targetArn()).isEqualTo(built.tdgArn());
            assertThat(moved.phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");
        }
    }

    @Test
    void theNumbersOfAnImportedAccountAreHeldInTheSharedPool() {
        MigrationAccount built = MigrationAccount.build(source, ACCOUNT, SETTLE);
        StateDocument exported = source.adminClient().exportState();
        twin.adminClient().importState(exported);
        String e164 = exported.accounts().get(ACCOUNT).phoneNumbers().get(0).phoneNumber();

        try (ConnectClient other = SimulatorClients.connect(twin.endpoint(), "us-east-1", "111122223333")) {
            String instance = other.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                    .instanceAlias("other").inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
            twin.advanceClock(SETTLE);
            assertThat(other.searchAvailablePhoneNumbers(b -> b.instanceId(instance).phoneNumberCountryCode("US")
                    .phoneNumberType("DID").phoneNumberPrefix(e164).maxResults(10)).availableNumbersList()).isEmpty();
        }
        assertThat(built.accountId()).isEqualTo(ACCOUNT);
    }

    @Test
    void aStartWithAnInitialStateLoadsIt(@TempDir Path directory) throws Exception {
        MigrationAccount built = MigrationAccount.build(source, ACCOUNT, SETTLE);
        Path file = directory.resolve("twin.json");
        Files.write(file, StateFormat.bytes(source.adminClient().exportState()));

        try (ConnectSimulator loaded = ConnectSimulator.start(SimulatorSettings.defaults().withSettleDelay(SETTLE)
                .withClock(StandingClock.now()).withInitialState(file));
             ConnectClient east = SimulatorClients.connect(loaded.endpoint(), "us-east-1", ACCOUNT)) {
            assertThat(describe(east, built.onTdgArn()).targetArn()).isEqualTo(built.tdgArn());
        }
    }

    private static ClaimedPhoneNumberSummary describe(ConnectClient client, String arn) {
        return client.describePhoneNumber(b -> b.phoneNumberId(arn)).claimedPhoneNumberSummary();
    }

    private static JsonNode withoutNow(StateDocument document) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(new String(StateFormat.bytes(document)));
        tree.remove("now");
        return tree;
    }
}
