package dev.connectconformance.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.account.QuotaSource;
import dev.connectconformance.account.SimulatorAccountClients;
import dev.connectconformance.plan.Plan;
import dev.connectconformance.plan.PlanFile;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.Severity;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import dev.connectconformance.readiness.inventory.PlanNumber;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.junit.ConnectSimulatorExtension;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discovery and the checks against the embedded simulator holding a prepared account, in process. */
class ReadinessOnSimulatorTest {

    private static final String ACCOUNT = "210987654321";

    @RegisterExtension
    static ConnectSimulatorExtension connect = ConnectSimulatorExtension.newInstance()
            .settings(SimulatorSettings.defaults().withSettleDelay(Duration.ZERO)).build();

    private PreparedAccount account;
    private SimulatorAccountClients clients;

    @BeforeEach
    void prepare() {
        account = new PreparedAccount(connect.endpoint(), ACCOUNT, "eu-central-1", "eu-west-2");
        clients = SimulatorAccountClients.withSdkRetries(connect.endpoint(), ACCOUNT);
    }

    @AfterEach
    void close() {
        account.close();
        clients.close();
    }

    @Test
    void aHealthyAccountIsDiscoveredWithoutAnythingListedByHandAndIsReady() {
        String plan = account.onInstance.get(0) + "," + account.sourceFlowName + "\n"
                + account.phoneNumberOf(account.onInstance.get(1)) + "," + account.sourceFlowId + "\n";

        ReadinessReport report = Readiness.check(clients, ReadinessRequest.of(account.groupArn)
                .withPlan(PlanFile.parse("plan.txt", plan)));

        Inventory inventory = report.inventory();
        assertThat(report.verdict()).as("%s", report.findings()).isEqualTo(Verdict.READY);
        assertThat(report.findings(Severity.WARNING)).isEmpty();
        assertThat(inventory.replicaRegion()).isEqualTo("eu-west-2");
        assertThat(inventory.group().inReplica().status()).hasValue("ACTIVE");
        assertThat(inventory.group().inSource().split().orElseThrow().telephony())
                .containsExactly(Map.entry("eu-central-1", 50), Map.entry("eu-west-2", 50));
        assertThat(inventory.numbers()).extracting(NumberOnGroup::arn).containsExactlyInAnyOrderElementsOf(account.onGroup);
        assertThat(inventory.numbers()).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo("CLAIMED");
            assertThat(n.flows().values()).allSatisfy(flow -> assertThat(flow).isPresent());
        });
        assertThat(inventory.plan()).extracting(PlanNumber::arn, PlanNumber::status, p -> p.plannedFlowArn().isPresent())
                .containsExactly(tuple(account.onInstance.get(0), "CLAIMED", true),
                        tuple(account.onInstance.get(1), "CLAIMED", true));
        assertThat(inventory.plan().get(0).currentFlowArn()).isPresent();
        assertThat(inventory.quota().value()).isEqualTo(5);
        assertThat(inventory.quota().source()).isEqualTo(QuotaSource.APPLIED);
    }

    @Test
    void aWrongInstanceBlocksUnderRd06AndMakesThePlansNumbersAnotherInstances() {
        account.breakIt();

        ReadinessReport report = Readiness.check(clients, ReadinessRequest.of(account.groupArn)
                .withInstance(account.otherInstanceId).withPlan(brokenPlan()));

        assertThat(report.findingsOf("RD-06")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.message()).startsWith("the group links instance " + account.instanceId)
                    .contains("not " + account.otherInstanceId);
        });
        assertThat(report.findingsOf("RD-05")).filteredOn(f -> f.severity() == Severity.BLOCKER)
                .extracting(Finding::resource).containsExactly(account.onInstance.get(0), account.onInstance.get(1),
                        account.claimedInReplica, account.groupArn);
        assertThat(report.findingsOf("RD-07")).extracting(Finding::severity, Finding::resource).containsExactly(
                tuple(Severity.WARNING, account.onInstance.get(0)), tuple(Severity.BLOCKER, account.onInstance.get(1)));
    }

    /** A number with a flow and none planned, one with its flow planned by id, one claimed in the replica region. */
    private Plan brokenPlan() {
        return PlanFile.parse("plan.txt", String.join("\n", account.onInstance.get(0),
                account.onInstance.get(1) + "," + account.sourceFlowId,
                account.claimedInReplica + "," + account.sourceFlowId, ""));
    }

    @Test
    void aGroupOfAnotherAccountCannotBeChecked() {
        try (SimulatorAccountClients other = SimulatorAccountClients.withSdkRetries(connect.endpoint(),
                "444455556666")) {
            assertThatThrownBy(() -> Readiness.check(other, ReadinessRequest.of(account.groupArn)))
                    .isInstanceOf(CannotCheck.class)
                    .hasMessage("traffic distribution group " + account.groupArn + " was not found in eu-central-1 "
                            + "with simulator account 444455556666: check the ARN, and that these credentials are "
                            + "for account " + ACCOUNT);
        }
    }
}
