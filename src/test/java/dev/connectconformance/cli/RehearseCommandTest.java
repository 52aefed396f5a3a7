package dev.connectconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorClients;
import dev.connectconformance.simulator.statefile.StateFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * {@code rehearse} in process: it starts its own twin from a state file, so it needs no AWS settings. The state
 * file is an export of a simulator prepared through the SDK (the format the snapshot command writes).
 */
class RehearseCommandTest {

    private static final String ACCOUNT = "210987654321";

    @TempDir
    static Path dir;

    private static Path state;
    private static Path plan;
    private static String groupArn;
    private static List<String> numbers;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void snapshotAnAccount() throws Exception {
        try (ConnectSimulator account = ConnectSimulator.start(SimulatorSettings.defaults()
                .withSettleDelay(Duration.ZERO));
             ConnectClient home = SimulatorClients.connect(account.endpoint(), "us-east-1", ACCOUNT);
             ConnectClient away = SimulatorClients.connect(account.endpoint(), "us-west-2", ACCOUNT)) {
            String id = home.createInstance(b -> b.identityManagementType("SAML").instanceAlias("cli")
                    .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
            String instanceArn = home.describeInstance(b -> b.instanceId(id)).instance().arn();
            home.replicateInstance(b -> b.instanceId(id).replicaRegion("us-west-2").replicaAlias("cli-west"));
            away.describeInstance(b -> b.instanceId(id));
            groupArn = home.createTrafficDistributionGroup(b -> b.name("cli-group").instanceId(id)).arn();
            home.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(groupArn));
            numbers = List.of(claim(home, instanceArn), claim(home, instanceArn));
            state = Files.write(dir.resolve("twin.json"), StateFormat.bytes(account.adminClient().exportState(ACCOUNT)));
        }
        plan = Files.write(dir.resolve("plan.txt"), List.of(numbers.get(0) + ",Default inbound",
                numbers.get(1) + ",Default inbound"));
    }

    private static String claim(ConnectClient home, String instanceArn) {
        String e164 = home.searchAvailablePhoneNumbers(b -> b.targetArn(instanceArn)
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID).maxResults(1))
                .availableNumbersList().get(0).phoneNumber();
        String arn = home.claimPhoneNumber(b -> b.targetArn(instanceArn).phoneNumber(e164)).phoneNumberArn();
        home.describePhoneNumber(b -> b.phoneNumberId(arn));
        return arn;
    }

    private int rehearse(String... args) {
        CommandLine commandLine = ConnectConformanceCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "rehearse";
        System.arraycopy(args, 0, all, 1, args.length);
        return commandLine.execute(all);
    }

    @Test
    void aShortQuotaIsPredictedPerNumberInTheTableTheJsonAndThePage() throws Exception {
        Path reports = dir.resolve("short");
        int exit = rehearse("--state", state.toString(), "--tdg", groupArn, "--plan", plan.toString(), "--quota", "1",
                "--reports", reports.toString());

        assertThat(exit).as(out + "" + err).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Prediction: 1 of 2 would move, 1 would fail (exit 1)");
        assertThat(out.toString()).containsSubsequence("Readiness of the twin", "Verdict: not-ready",
                "Rehearsal on the twin", "moved", "failed");
        assertThat(err.toString()).as("progress").contains("UpdatePhoneNumber accepted");
        JsonNode json = new ObjectMapper().readTree(reports.resolve("rehearsal").resolve("rehearsal.json").toFile());
        assertThat(json.path("outcomes")).extracting(o -> o.path("arn").asText(), o -> o.path("predicted").asText())
                .containsExactly(org.assertj.core.api.Assertions.tuple(numbers.get(0), "moved"),
                        org.assertj.core.api.Assertions.tuple(numbers.get(1), "failed"));
        assertThat(json.path("outcomes").get(1).path("reason").asText())
                .contains("reached after 1 number of the plan", "has reached its limit of 1");
        assertThat(json.path("readiness").path("verdict").asText()).isEqualTo("not-ready");
        assertThat(reports.resolve("rehearsal").resolve("index.html")).content()
                .contains("data-predicted=\"failed\"", "Rehearsal of");
        assertThat(reports.resolve("rehearsal").resolve("journal.jsonl")).content().contains("\"step\":\"settled\"");
    }

    @Test
    void enoughQuotaPredictsEveryNumberMovedAndExitsZero() {
        int exit = rehearse("--state", state.toString(), "--tdg", groupArn, "--plan", plan.toString(),
                "--reports", dir.resolve("enough").toString());

        assertThat(exit).as(out + "" + err).isZero();
        assertThat(out.toString()).endsWith("Prediction: 2 of 2 would move (exit 0)" + System.lineSeparator());
    }

    @Test
    void aMissingOrBrokenStateFileIsOneLineAndExitCodeTwo() throws Exception {
        assertThat(rehearse("--state", dir.resolve("nothing.json").toString(), "--tdg", groupArn, "--plan",
                plan.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("connect-conformance rehearse: --state", "is not a file: write one with the snapshot command");

        err.getBuffer().setLength(0);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 99}");
        assertThat(rehearse("--state", broken.toString(), "--tdg", groupArn, "--plan", plan.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("--state " + broken)
                .doesNotContain("Exception", "\tat ");
    }
}
