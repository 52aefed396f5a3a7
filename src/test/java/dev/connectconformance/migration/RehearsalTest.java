package dev.connectconformance.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.connectconformance.account.RegionalClients;
import dev.connectconformance.account.SimulatorAccountClients;
import dev.connectconformance.plan.Plan;
import dev.connectconformance.plan.PlanFile;
import dev.connectconformance.readiness.checks.Severity;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.client.SimulatorClients;
import dev.connectconformance.simulator.statefile.StateFormat;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * Snapshot, rehearse, migrate: an account (a simulator) whose group can take 2 more numbers while its Service
 * Quotas cannot be read, so readiness assumes the default of 5 and lets a plan of 3 start. Rehearsed on a twin
 * with the quota support named (2), the prediction must be exactly what migrate --execute then does.
 */
class RehearsalTest {

    private static final String ACCOUNT = "210987654321";

    @TempDir
    Path dir;

    private ConnectSimulator account;
    private SimulatorAdminClient admin;
    private MigrationAccount prepared;
    private Path snapshot;

    @BeforeEach
    void prepareTheAccountAndSnapshotIt() throws IOException {
        account = ConnectSimulator.start(SimulatorSettings.defaults());
        admin = account.adminClient();
        prepared = new MigrationAccount(account.endpoint(), ACCOUNT, "eu-central-1", "eu-west-2", 3);
        admin.setPhoneNumbersPerTarget(prepared.groupArn, 2);
        snapshot = Files.write(dir.resolve("twin.json"), StateFormat.bytes(admin.exportState(ACCOUNT)));
    }

    @AfterEach
    void stop() {
        prepared.close();
        account.close();
    }

    private Plan plan() {
        return PlanFile.parse("plan.txt", prepared.numbers.get(0) + "," + MigrationAccount.FLOW + "\n"
                + prepared.numbers.get(1) + "\n" + prepared.numbers.get(2) + "," + MigrationAccount.FLOW + "\n");
    }

    @Test
    void theTwinPredictsExactlyTheNumbersAShortQuotaFailsAndMigrateThenDoesJustThat() throws Exception {
        RehearsalReport rehearsal;
        try (Twin twin = Twin.load(snapshot)) {
            rehearsal = Rehearsal.run(twin, snapshot.toString(), prepared.groupArn, plan(), Optional.of(2), 1,
                    dir.resolve("rehearsal.jsonl"), Progress.silent());
        }

        assertThat(rehearsal.exitCode()).isEqualTo(1);
        assertThat(rehearsal.readiness().findingsOf("RD-05")).filteredOn(f -> f.severity() == Severity.BLOCKER)
                .singleElement().satisfies(f -> assertThat(f.message()).contains("1 over its quota of 2"));
        assertThat(rehearsal.predictions()).extracting(Prediction::arn, Prediction::predicted).containsExactly(
                tuple(prepared.numbers.get(0), "moved"), tuple(prepared.numbers.get(1), "moved"),
                tuple(prepared.numbers.get(2), "failed"));
        assertThat(rehearsal.predictions().get(2).reason()).startsWith("quota: 'Phone numbers per instance' "
                + "(L-8F812903) is 2 for the group, which held 0, so it is reached after 2 numbers of the plan; "
                + "FAILED: The target " + prepared.groupArn + " has reached its limit of 2");
        assertThat(prepared.targetOf(prepared.numbers.get(0))).as("the account is untouched")
                .isEqualTo(prepared.instanceArn);

        MigrationReport migrated;
        try (QuotasUnreadable reads = new QuotasUnreadable(account.endpoint());
             SimulatorAccountClients moves = SimulatorAccountClients.withoutRetries(account.endpoint(), ACCOUNT)) {
            PreparedPlan plan = PreparedPlan.prepare(reads, ReadinessRequest.of(prepared.groupArn).withPlan(plan()),
                    JournalHistory.empty());
            assertThat(plan.blockers()).isEmpty();
            assertThat(plan.inventory().quota().value()).as("assumed").isEqualTo(5);
            migrated = Migration.execute(reads, moves, plan, new Migration.Options(1, dir.resolve("journal.jsonl"),
                    new SimulatorClockPause(admin), StopSignal.none(), Progress.silent(), Clock.systemUTC(), e -> { }));
        }

        List<String> predicted = rehearsal.predictions().stream().map(Prediction::predicted).toList();
        assertThat(migrated.outcomes()).extracting(o -> o.result().wireName()).containsExactlyElementsOf(predicted);
        assertThat(migrated.outcomes().get(2).reason()).contains("has reached its limit of 2");
    }

    @Test
    void aTwinWithEnoughQuotaPredictsEveryNumberMovedWithItsFlowInBothRegions() throws Exception {
        try (Twin twin = Twin.load(snapshot)) {
            RehearsalReport rehearsal = Rehearsal.run(twin, "twin.json", prepared.groupArn, plan(), Optional.of(5), 2,
                    dir.resolve("rehearsal.jsonl"), Progress.silent());

            assertThat(rehearsal.exitCode()).as("%s", rehearsal.predictions()).isZero();
            assertThat(rehearsal.predictions()).allSatisfy(p -> {
                assertThat(p.predicted()).isEqualTo("moved");
                assertThat(p.outcome().flows()).containsValues(MigrationAccount.FLOW).hasSize(2);
            });
        }
    }

    /** The account's clients, with Service Quotas at an address where nothing answers. */
    private static final class QuotasUnreadable extends RegionalClients {

        private final URI endpoint;
        private final URI nobody;

        QuotasUnreadable(URI endpoint) throws IOException {
            this.endpoint = endpoint;
            try (ServerSocket socket = new ServerSocket(0)) {
                this.nobody = URI.create("http://127.0.0.1:" + socket.getLocalPort());
            }
        }

        @Override
        protected ConnectClient newConnectClient(String region) {
            return SimulatorClients.connect(endpoint, region, ACCOUNT);
        }

        @Override
        protected ServiceQuotasClient newServiceQuotasClient(String region) {
            return SimulatorClients.serviceQuotas(nobody, region, ACCOUNT);
        }

        @Override
        public String credentialsName() {
            return "simulator account " + ACCOUNT;
        }
    }
}
