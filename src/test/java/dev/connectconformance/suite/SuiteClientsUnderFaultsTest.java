package dev.connectconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.SimulatorTestBase;
import dev.connectconformance.simulator.client.ArmedFault;
import dev.connectconformance.simulator.client.Fault;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.suite.support.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.DescribePhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.InternalServiceException;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.ThrottlingException;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberResponse;

/**
 * The suite's own clients and failure reports, not the service: the Connect clients the suite uses
 * (SimulatorClients, standard retry mode: 3 attempts, throttling and 5xx retried) ride out a short burst of
 * injected errors, and a burst that outlasts the attempts reaches a scenario as the typed exception, reported in one
 * line (Outcome.failureReport). A late answer is still a correct answer. These used to be ERR-01 scenarios; ERR-01
 * now states the wire contract only.
 */
class SuiteClientsUnderFaultsTest extends SimulatorTestBase {

    private SimulatorAdminClient admin;
    private String tdgArn;
    private String instanceArn;
    private String numberId;
    private String numberArn;

    @BeforeEach
    void aNumberOnTheInstanceAndAnActiveGroup() {
        admin = new SimulatorAdminClient(simulator.endpoint());
        String instanceId = replicatedInstance().id();
        instanceArn = east.describeInstance(b -> b.instanceId(instanceId)).instance().arn();
        tdgArn = east.createTrafficDistributionGroup(b -> b.name("faults").instanceId(instanceId)).arn();
        String phoneNumber = east.searchAvailablePhoneNumbers(b -> b.targetArn(instanceArn)
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID).maxResults(1))
                .availableNumbersList().get(0).phoneNumber();
        var claimed = east.claimPhoneNumber(b -> b.targetArn(instanceArn).phoneNumber(phoneNumber));
        numberId = claimed.phoneNumberId();
        numberArn = claimed.phoneNumberArn();
        settle();
        assertThat(number().phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");
    }

    @AfterEach
    void clearFaults() {
        admin.clearFaults();
    }

    @Test
    void twoThrottledAttemptsAreRetriedAwayAndTheMoveCompletes() {
        admin.addFault(Fault.error("UpdatePhoneNumber", "ThrottlingException").times(2));

        Outcome outcome = move();

        assertThat(outcome.error()).as(outcome.failureReport()).isNull();
        assertThat(unusedFailures()).as("both throttles used by the SDK's retries").isZero();
        settle();
        assertThat(number().phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");
        assertThat(number().targetArn()).isEqualTo(tdgArn);
    }

    @Test
    void aThrottleThatOutlastsTheRetriesReachesTheScenarioTypedAndReportedInOneLine() {
        admin.addFault(Fault.error("UpdatePhoneNumber", "ThrottlingException").withMessage("Rate exceeded").times(4));

        Outcome outcome = move();

        assertThat(outcome.error()).isInstanceOf(ThrottlingException.class).hasMessageContaining("Rate exceeded");
        assertThat(outcome.error().statusCode()).isEqualTo(429);
        assertThat(outcome.failureReport())
                .isEqualTo("UpdatePhoneNumber failed with ThrottlingException (HTTP 429) after 3 attempts: Rate exceeded");
        assertThat(unusedFailures()).as("3 attempts used 3 of the 4 throttles").isEqualTo(1);
        assertThat(number().phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");
        assertThat(number().targetArn()).as("the number stays where it was").isEqualTo(instanceArn);
    }

    @Test
    void anInternalFailureIsRetriedAway() {
        admin.addFault(Fault.error("UpdatePhoneNumber", "InternalServiceException").times(1));

        Outcome outcome = move();

        assertThat(outcome.error()).as(outcome.failureReport()).isNull();
        assertThat(unusedFailures()).isZero();
        settle();
        assertThat(number().targetArn()).isEqualTo(tdgArn);
    }

    @Test
    void aPersistentInternalFailureReachesTheScenarioAsA500AfterThreeAttempts() {
        admin.addFault(Fault.error("UpdatePhoneNumber", "InternalServiceException").withMessage("Something broke"));

        Outcome outcome = move();

        assertThat(outcome.error()).isInstanceOf(InternalServiceException.class).hasMessageContaining("Something broke");
        assertThat(outcome.error().statusCode()).isEqualTo(500);
        assertThat(outcome.failureReport()).startsWith(
                "UpdatePhoneNumber failed with InternalServiceException (HTTP 500) after 3 attempts");
        assertThat(number().targetArn()).isEqualTo(instanceArn);
    }

    @Test
    void aMoveAnsweredLateIsStillAnsweredCorrectly() {
        admin.addFault(Fault.latency("UpdatePhoneNumber", Duration.ofMillis(300)));

        UpdatePhoneNumberResponse answer = move().response(UpdatePhoneNumberResponse.class);

        assertThat(answer.phoneNumberId()).isEqualTo(numberId);
        assertThat(answer.phoneNumberArn()).isEqualTo(numberArn);
        settle();
        assertThat(number().phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");
        assertThat(number().targetArn()).isEqualTo(tdgArn);
    }

    @Test
    void aLookupAnsweredLateIsStillAnsweredCorrectly() {
        admin.addFault(Fault.latency("DescribePhoneNumber", Duration.ofMillis(300)));

        ClaimedPhoneNumberSummary shown = Outcome.of("DescribePhoneNumber",
                        () -> east.describePhoneNumber(b -> b.phoneNumberId(numberId)))
                .response(DescribePhoneNumberResponse.class).claimedPhoneNumberSummary();

        assertThat(shown.phoneNumberId()).isEqualTo(numberId);
        assertThat(shown.phoneNumberArn()).isEqualTo(numberArn);
    }

    private Outcome move() {
        return Outcome.of("UpdatePhoneNumber",
                () -> east.updatePhoneNumber(b -> b.phoneNumberId(numberId).targetArn(tdgArn)));
    }

    private ClaimedPhoneNumberSummary number() {
        return east.describePhoneNumber(b -> b.phoneNumberId(numberArn)).claimedPhoneNumberSummary();
    }

    /** Injected errors with a count that no call has used yet. */
    private int unusedFailures() {
        return admin.faults().stream().filter(fault -> !fault.fault().hitsEveryCall())
                .mapToInt(ArmedFault::remaining).sum();
    }
}
