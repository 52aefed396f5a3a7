package dev.connectconformance.simulator.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.standalone.AwsCli.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged simulator driven by the AWS CLI (botocore, not the Java SDK) through the seed page's workflow
 * and its documented failures: proof that an unmodified AWS client works against it. Asynchronous work takes an
 * hour on the simulator clock, which the test advances through the admin API: the packaged simulator's clock runs
 * with the wall clock, and no CLI call between two clock moves takes that long, so IN_PROGRESS stays observable
 * however slow the machine (30 s, a few CLI calls on a loaded machine could use up).
 */
class StandaloneWithAwsCliIT {

    private static final String EAST = "us-east-1";
    private static final String WEST = "us-west-2";
    private static final String SETTLE = "1h";
    private static StandaloneSimulatorProcess simulator;
    private static AwsCli cli;
    private static AwsCli otherAccountCli;

    @BeforeAll
    static void start() throws Exception {
        simulator = StandaloneSimulatorProcess.start("--port", "0", "--settle-delay", SETTLE);
        cli = new AwsCli(simulator.endpoint(), "111122223333");
        otherAccountCli = new AwsCli(simulator.endpoint(), "999988887777");
    }

    @AfterAll
    static void stop() throws Exception {
        int exit = simulator.stop();
        assertThat(exit).as("exit code after SIGTERM").isZero();
        assertThat(simulator.output()).anyMatch(line -> line.contains("stopped"));
    }

    private static JsonNode ok(Result result) {
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return result.json();
    }

    private static void fails(Result result, String errorCode, String messagePart) {
        assertThat(result.exitCode()).as("expected %s but the CLI printed %s", errorCode, result.stdout()).isNotZero();
        assertThat(result.stderr()).contains("(" + errorCode + ")").contains(messagePart);
    }

    private static void advanceClock() {
        assertThat(new RawConnectHttp(simulator.endpoint()).send("POST", "/__admin/connect/clock/advance",
                "{\"by\":\"" + SETTLE + "\"}", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theSeedWorkflowAndItsDocumentedFailuresWorkThroughTheAwsCli() throws Exception {
        String instanceId = ok(cli.run(EAST, "connect", "create-instance", "--identity-management-type",
                "SAML", "--instance-alias", "cli-workflow", "--inbound-calls-enabled",
                "--outbound-calls-enabled")).get("Id").asText();
        advanceClock();
        assertThat(ok(cli.run(EAST, "connect", "describe-instance", "--instance-id", instanceId))
                .at("/Instance/InstanceStatus").asText()).isEqualTo("ACTIVE");

        JsonNode replica = ok(cli.run(EAST, "connect", "replicate-instance", "--instance-id", instanceId,
                "--replica-region", WEST, "--replica-alias", "cli-workflow-west"));
        assertThat(replica.get("Arn").asText()).contains(":" + WEST + ":").endsWith(instanceId);
        advanceClock();

        JsonNode tdg = ok(cli.run(EAST, "connect", "create-traffic-distribution-group", "--name", "cli-tdg",
                "--instance-id", instanceId));
        String tdgArn = tdg.get("Arn").asText();
        assertThat(ok(cli.run(EAST, "connect", "describe-traffic-distribution-group",
                "--traffic-distribution-group-id", tdg.get("Id").asText()))
                .at("/TrafficDistributionGroup/Status").asText()).isEqualTo("CREATION_IN_PROGRESS");
        advanceClock();
        assertThat(ok(cli.run(EAST, "connect", "describe-traffic-distribution-group",
                "--traffic-distribution-group-id", tdgArn)).at("/TrafficDistributionGroup/Status").asText())
                .isEqualTo("ACTIVE");

        String instanceArn = "arn:aws:connect:" + EAST + ":111122223333:instance/" + instanceId;
        JsonNode available = ok(cli.run(EAST, "connect", "search-available-phone-numbers", "--target-arn",
                instanceArn, "--phone-number-country-code", "US", "--phone-number-type", "DID", "--max-results", "3"));
        assertThat(available.get("AvailableNumbersList")).hasSize(3);

        List<String> numberIds = new ArrayList<>();
        List<String> numberArns = new ArrayList<>();
        for (JsonNode number : available.get("AvailableNumbersList")) {
            // --target-arn rather than --instance-id: older CLI releases (e.g. Debian's) know only the former.
            JsonNode claimed = ok(cli.run(EAST, "connect", "claim-phone-number", "--target-arn", instanceArn,
                    "--phone-number", number.get("PhoneNumber").asText()));
            numberIds.add(claimed.get("PhoneNumberId").asText());
            numberArns.add(claimed.get("PhoneNumberArn").asText());
        }
        advanceClock();

        for (String numberId : numberIds) {
            JsonNode updated = ok(cli.run(EAST, "connect", "update-phone-number", "--phone-number-id", numberId,
                    "--target-arn", tdgArn));
            assertThat(updated.get("PhoneNumberId").asText()).isEqualTo(numberId);
        }
        assertThat(ok(cli.run(EAST, "connect", "describe-phone-number", "--phone-number-id", numberIds.get(0)))
                .at("/ClaimedPhoneNumberSummary/PhoneNumberStatus/Status").asText()).isEqualTo("IN_PROGRESS");
        advanceClock();
        JsonNode moved = ok(cli.run(EAST, "connect", "describe-phone-number", "--phone-number-id", numberIds.get(0)));
        assertThat(moved.at("/ClaimedPhoneNumberSummary/PhoneNumberStatus/Status").asText()).isEqualTo("CLAIMED");
        assertThat(moved.at("/ClaimedPhoneNumberSummary/TargetArn").asText()).isEqualTo(tdgArn);

        String eastFlow = ok(cli.run(EAST, "connect", "list-contact-flows", "--instance-id", instanceId))
                .at("/ContactFlowSummaryList/0/Arn").asText();
        String westFlow = ok(cli.run(WEST, "connect", "list-contact-flows", "--instance-id", instanceId))
                .at("/ContactFlowSummaryList/0/Arn").asText();
        assertThat(eastFlow).contains(":" + EAST + ":");
        assertThat(westFlow).contains(":" + WEST + ":");
        for (int i = 0; i < numberIds.size(); i++) {
            ok(cli.run(EAST, "connect", "associate-phone-number-contact-flow", "--phone-number-id", numberIds.get(i),
                    "--instance-id", instanceId, "--contact-flow-id", eastFlow.substring(eastFlow.lastIndexOf('/') + 1)));
            ok(cli.run(WEST, "connect", "associate-phone-number-contact-flow", "--phone-number-id", numberArns.get(i),
                    "--instance-id", instanceId, "--contact-flow-id", westFlow.substring(westFlow.lastIndexOf('/') + 1)));
        }

        // An id from the replica region is not enough: the full ARN is required there.
        fails(cli.run(WEST, "connect", "describe-phone-number", "--phone-number-id", numberIds.get(0)),
                "ResourceNotFoundException", numberIds.get(0));
        fails(cli.run(WEST, "connect", "associate-phone-number-contact-flow", "--phone-number-id", numberIds.get(0),
                "--instance-id", instanceId, "--contact-flow-id", westFlow.substring(westFlow.lastIndexOf('/') + 1)),
                "ResourceNotFoundException", numberIds.get(0));

        // UpdatePhoneNumber from an endpoint outside the TDG's region.
        fails(cli.run(WEST, "connect", "update-phone-number", "--phone-number-id", numberArns.get(0),
                "--target-arn", tdgArn), "InvalidParameterException", WEST);

        // A missing TDG, a TDG that is not ACTIVE yet, and another account's TDG.
        String missingTdg = tdgArn.substring(0, tdgArn.lastIndexOf('/') + 1) + "00000000-0000-4000-8000-000000000000";
        fails(cli.run(EAST, "connect", "update-phone-number", "--phone-number-id", numberIds.get(1),
                "--target-arn", missingTdg), "ResourceNotFoundException", "not found");
        String pendingTdg = ok(cli.run(EAST, "connect", "create-traffic-distribution-group", "--name", "cli-pending",
                "--instance-id", instanceId)).get("Arn").asText();
        fails(cli.run(EAST, "connect", "update-phone-number", "--phone-number-id", numberIds.get(1),
                "--target-arn", pendingTdg), "ResourceNotFoundException", "");
        fails(otherAccountCli.run(EAST, "connect", "describe-traffic-distribution-group",
                "--traffic-distribution-group-id", tdgArn), "ResourceNotFoundException", "not found");

        // The claim limit: the TDG holds 3 numbers; with a quota of 3 a fourth claim answers 200 and then FAILS.
        new RawConnectHttp(simulator.endpoint()).send("POST", "/__admin/connect/quotas",
                "{\"phoneNumbersPerTarget\":3,\"targetArn\":\"" + tdgArn + "\"}", null);
        String spare = ok(cli.run(EAST, "connect", "search-available-phone-numbers", "--target-arn", tdgArn,
                "--phone-number-country-code", "US", "--phone-number-type", "DID", "--max-results", "1"))
                .at("/AvailableNumbersList/0/PhoneNumber").asText();
        String overLimit = ok(cli.run(EAST, "connect", "claim-phone-number", "--target-arn", tdgArn,
                "--phone-number", spare)).get("PhoneNumberId").asText();
        advanceClock();
        JsonNode failed = ok(cli.run(EAST, "connect", "describe-phone-number", "--phone-number-id", overLimit))
                .at("/ClaimedPhoneNumberSummary/PhoneNumberStatus");
        assertThat(failed.get("Status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("Message").asText()).containsIgnoringCase("limit");
    }
}
