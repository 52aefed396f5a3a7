package dev.connectconformance.readiness.checks;

import static dev.connectconformance.readiness.InventoryBuilder.GROUP;
import static dev.connectconformance.readiness.InventoryBuilder.REPLICA;
import static dev.connectconformance.readiness.InventoryBuilder.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.connectconformance.account.QuotaSource;
import dev.connectconformance.account.QuotaValue;
import dev.connectconformance.plan.PlanEntry;
import dev.connectconformance.readiness.InventoryBuilder;
import dev.connectconformance.readiness.Readiness;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.Verdict;
import dev.connectconformance.readiness.inventory.GroupInRegion;
import dev.connectconformance.readiness.inventory.PlanNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each check on inventories built by hand: a healthy account, then one fact changed at a time. */
class ReadinessChecksTest {

    private final InventoryBuilder account = new InventoryBuilder();

    private ReadinessReport judge() {
        return Readiness.judge(account.build(), Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private List<Finding> notInfo(ReadinessReport report) {
        return report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    @Test
    void aHealthyAccountIsReadyWithTotalsAsInfo() {
        ReadinessReport report = judge();

        assertThat(report.verdict()).isEqualTo(Verdict.READY);
        assertThat(notInfo(report)).isEmpty();
        assertThat(report.checks()).containsExactly("RD-01", "RD-02", "RD-03", "RD-04", "RD-05", "RD-06", "RD-07", "PN-10");
        assertThat(report.findings(Severity.INFO)).extracting(Finding::check, Finding::message).containsExactly(
                tuple("RD-02", "2 numbers on the group: 2 CLAIMED"),
                tuple("RD-05", "the plan (plan.txt) lists 1 number and moves 1; afterwards the group holds 3 of its "
                        + "quota of 5 (Service Quotas, applied value)"),
                tuple("PN-10", "claims plus releases in the last 180 days: unknown (the Connect API lists no released "
                        + "numbers); the allowance is 200 % of the quota, 10: count recent releases before you plan "
                        + "to claim replacements"));
    }

    @Test
    void aGroupTheReplicaRegionDoesNotFindOrThatIsNotActiveBlocks() {
        account.inReplica = GroupInRegion.notFound(REPLICA, "ResourceNotFoundException");
        account.inSource = new GroupInRegion(SOURCE, Optional.of("UPDATE_IN_PROGRESS"), false, null, Optional.empty(),
                Optional.of("its distribution can be read once it is ACTIVE"));

        ReadinessReport report = judge();

        assertThat(report.verdict()).isEqualTo(Verdict.NOT_READY);
        assertThat(notInfo(report)).extracting(Finding::check, Finding::severity, Finding::region).containsExactly(
                tuple("RD-01", Severity.BLOCKER, Optional.of(SOURCE)),
                tuple("RD-01", Severity.BLOCKER, Optional.of(REPLICA)));
        assertThat(notInfo(report).get(0).message()).contains("UPDATE_IN_PROGRESS", "wait until");
        assertThat(notInfo(report).get(1).message()).contains("does not find the group by its ARN");
    }

    @Test
    void aFailedNumberBlocksWithItsStatusAndMessageAndIsNotAskedForAFlow() {
        account.numbers.set(1, InventoryBuilder.number("n-2", "FAILED", Optional.of("limit of 5 reached"), false,
                Optional.empty(), Optional.empty()));

        List<Finding> findings = notInfo(judge());

        assertThat(findings).extracting(Finding::check, Finding::resource, Finding::region).containsExactly(
                tuple("RD-02", InventoryBuilder.numberArn("n-2"), Optional.of(SOURCE)),
                tuple("RD-02", InventoryBuilder.numberArn("n-2"), Optional.of(REPLICA)));
        assertThat(findings.get(0).message()).contains("is FAILED (limit of 5 reached)", "release it or move it again");
        assertThat(findings.get(1).message()).contains("DescribePhoneNumber by its ARN in us-west-2 does not find");
    }

    @Test
    void aNumberWithoutAFlowInTheReplicaRegionIsToldToUseItsFullArnThere() {
        account.numbers.set(0, InventoryBuilder.number("n-1", "CLAIMED", Optional.empty(), true,
                Optional.of(InventoryBuilder.FLOW), Optional.empty()));

        List<Finding> findings = notInfo(judge());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("RD-03");
            assertThat(f.region()).hasValue(REPLICA);
            assertThat(f.message()).contains("associate a flow in us-west-2", "naming the number by its full ARN");
        });
    }

    @Test
    void aSplitThatSendsTheReplicaNothingIsAWarningAndOneThatDoesNotAddUpABlocker() {
        account.inSource = InventoryBuilder.active(SOURCE, InventoryBuilder.split(100, 0));
        assertThat(notInfo(judge())).extracting(Finding::check, Finding::severity, Finding::region)
                .containsExactly(tuple("RD-04", Severity.WARNING, Optional.of(REPLICA)));

        account.inSource = InventoryBuilder.active(SOURCE, InventoryBuilder.split(60, 30));
        assertThat(notInfo(judge())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.message()).startsWith("the telephony shares add up to 90, not 100");
        });
    }

    @Test
    void aPlanOverTheQuotaSaysByHowManyAndOneThatFillsItWarnsOfNoHeadroom() {
        account.quota = new QuotaValue(2, QuotaSource.APPLIED, "applied to the group itself");
        assertThat(notInfo(judge())).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("RD-05");
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.resource()).isEqualTo(GROUP);
            assertThat(f.message()).contains("holds 2 numbers and the plan moves 1 more, 1 over its quota of 2",
                    "L-8F812903", "at least 3");
        });

        account.quota = new QuotaValue(3, QuotaSource.APPLIED, "applied to the group itself");
        assertThat(notInfo(judge())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("no headroom left after the plan: the group will hold 3 of its quota of 3");
        });
    }

    @Test
    void aQuotaNotReadFromAnAppliedValueIsAWarningThatSaysWhy() {
        account.quota = new QuotaValue(5, QuotaSource.ASSUMED, "could not reach the endpoint for ListServiceQuotas");
        assertThat(notInfo(judge())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("could not be read (could not reach the endpoint", "5 is assumed",
                    "--quota");
        });

        account.quota = new QuotaValue(10, QuotaSource.AWS_DEFAULT, "ListServiceQuotas lists no applied value");
        assertThat(notInfo(judge())).singleElement().extracting(Finding::message).asString()
                .startsWith("the quota is AWS's default of 10");
    }

    @Test
    void planNumbersThatCannotMoveBlockOneReasonEach() {
        String otherInstance = "arn:aws:connect:us-east-1:111122223333:instance/instance-9";
        String westInstance = "arn:aws:connect:us-west-2:111122223333:instance/instance-8";
        account.quota = new QuotaValue(50, QuotaSource.APPLIED, "applied to the account");
        account.plan.clear();
        account.plan.add(InventoryBuilder.planned(1, "p-1", "CLAIMED", REPLICA, westInstance, westInstance,
                Optional.empty(), Optional.empty(), Optional.empty()));
        account.plan.add(InventoryBuilder.planned(2, "p-2", "IN_PROGRESS", SOURCE, otherInstance, otherInstance,
                Optional.empty(), Optional.empty(), Optional.empty()));
        account.plan.add(InventoryBuilder.planned(3, "p-3", "CLAIMED", SOURCE, otherInstance, otherInstance,
                Optional.empty(), Optional.of("Sales"), Optional.of(InventoryBuilder.FLOW)));
        account.plan.add(PlanNumber.notFound(new PlanEntry(4, "+15550000004", Optional.empty()),
                "ListPhoneNumbersV2 lists it neither in us-east-1 nor in us-west-2"));
        account.plan.add(InventoryBuilder.planned(5, "p-5", "CLAIMED", SOURCE, GROUP, InventoryBuilder.instance(
                "instance-1", Optional.of(REPLICA), "x").arn(), Optional.of(InventoryBuilder.FLOW), Optional.empty(),
                Optional.empty()));

        List<Finding> aboutPlanLines = judge().findingsOf("RD-05").stream()
                .filter(f -> !f.resource().equals(GROUP)).toList();

        assertThat(aboutPlanLines).extracting(Finding::severity, Finding::region).containsExactly(
                tuple(Severity.BLOCKER, Optional.of(REPLICA)), tuple(Severity.BLOCKER, Optional.of(SOURCE)),
                tuple(Severity.BLOCKER, Optional.of(SOURCE)), tuple(Severity.BLOCKER, Optional.empty()),
                tuple(Severity.INFO, Optional.of(SOURCE)));
        assertThat(aboutPlanLines).extracting(Finding::message).satisfiesExactly(
                m -> assertThat(m).startsWith("plan line 1: ").contains("was claimed in us-west-2, not in us-east-1"),
                m -> assertThat(m).startsWith("plan line 2: ").contains("is IN_PROGRESS", "only a CLAIMED number"),
                m -> assertThat(m).startsWith("plan line 3: ").contains("belongs to instance " + otherInstance),
                m -> assertThat(m).startsWith("plan line 4: +15550000004 was not found (ListPhoneNumbersV2"),
                m -> assertThat(m).startsWith("plan line 5: ").endsWith("is already on the group; nothing to move"));
    }

    @Test
    void aGroupOfAnotherInstanceOrAnInstanceNotReplicatedThereBlocksUnderRd06() {
        account.instance = InventoryBuilder.instance("instance-2", Optional.empty(), null);

        List<Finding> rd06 = judge().findingsOf("RD-06");

        assertThat(rd06).extracting(Finding::severity).containsOnly(Severity.BLOCKER);
        assertThat(rd06).extracting(Finding::message).satisfiesExactly(
                m -> assertThat(m).startsWith("the group links instance instance-1 (alias-instance-1), not "
                        + "instance-2 (alias-instance-2) that the migration names"),
                m -> assertThat(m).contains("instance-2 (alias-instance-2) is not replicated", "ReplicateInstance"));

        account.instance = InventoryBuilder.instance("instance-1", Optional.of("eu-west-2"),
                "INSTANCE_REPLICATION_COMPLETE");
        assertThat(judge().findingsOf("RD-06")).singleElement().extracting(Finding::message).asString()
                .contains("is replicated to eu-west-2, not to us-west-2");
    }

    @Test
    void aMoveThatDropsAFlowThePlanDoesNotNameWarnsAndAnUnknownPlannedFlowBlocks() {
        account.plan.set(0, InventoryBuilder.onInstance(1, "n-3", Optional.empty(), Optional.empty()));
        assertThat(judge().findingsOf("RD-07")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("plan line 1: moving +16660001 drops its flow 'Sales inbound' (")
                    .contains("(CF-05) and the plan names none", "add ',FLOW' to the line");
        });

        account.plan.set(0, InventoryBuilder.onInstance(1, "n-3", Optional.of("Salse"), Optional.empty()));
        assertThat(judge().findingsOf("RD-07")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.message()).startsWith("plan line 1: flow 'Salse' is not a flow of instance instance-1");
        });
    }
}
