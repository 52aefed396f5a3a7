package dev.connectconformance.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * The account cap (here 2) refuses a request from one account more with an AWS-shaped 402 and leaves the accounts
 * it holds working; the state export can be limited to one account and never creates the account it is asked for.
 */
class AccountLimitAndExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST = "100000000001";
    private static final String SECOND = "100000000002";
    private static final String THIRD = "100000000003";

    private static ConnectSimulator simulator;
    private static RawConnectHttp http;

    @BeforeAll
    static void simulatorForTwoAccounts() {
        simulator = ConnectSimulator.start(SimulatorSettings.defaults().withMaxAccounts(2));
        http = new RawConnectHttp(simulator.endpoint());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    @Test
    void anAccountPastTheCapIsRefusedAndTheOthersKeepWorking() {
        String first = createInstance(FIRST);
        createInstance(SECOND);

        assertThatThrownBy(() -> createInstance(THIRD)).isInstanceOf(AwsServiceException.class)
                .hasMessageContaining("limit of 2 accounts")
                .satisfies(e -> {
                    AwsServiceException error = (AwsServiceException) e;
                    assertThat(error.statusCode()).isEqualTo(402);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ServiceQuotaExceededException");
                });
        assertThat(simulator.store().accounts()).containsOnlyKeys(FIRST, SECOND);
        try (ConnectClient client = SimulatorClients.connect(simulator.endpoint(), "us-east-1", FIRST)) {
            assertThat(client.describeInstance(b -> b.instanceId(first)).instance().id()).isEqualTo(first);
        }

        simulator.reset();
        createInstance(THIRD);
        assertThat(simulator.store().accounts()).containsOnlyKeys(THIRD);
    }

    @Test
    void theExportCanBeLimitedToOneAccountWithoutCreatingIt() throws Exception {
        String first = createInstance(FIRST);
        createInstance(SECOND);
        // settle the creations first: the two exports below must not fall either side of the settle delay
        simulator.advanceClock(Duration.ofMinutes(1));

        JsonNode all = state("");
        JsonNode one = state("?account=" + FIRST);

        assertThat(all.get("accounts").size()).isEqualTo(2);
        assertThat(one.get("accounts").size()).isEqualTo(1);
        assertThat(one.at("/accounts/" + FIRST)).isEqualTo(all.at("/accounts/" + FIRST));
        assertThat(one.at("/accounts/" + FIRST + "/instances/0/id").asText()).isEqualTo(first);
        assertThat(one.get("quotas")).isEqualTo(all.get("quotas"));
        assertThat(state("?account=" + THIRD).get("accounts").size()).isZero();
        assertThat(simulator.store().accounts()).containsOnlyKeys(FIRST, SECOND);

        HttpResponse<String> bad = http.send("GET", "/__admin/connect/state?account=12", null, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("message").asText()).contains("12-digit account id");
    }

    private static JsonNode state(String query) throws Exception {
        HttpResponse<String> response = http.send("GET", "/__admin/connect/state" + query, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String createInstance(String accountId) {
        try (ConnectClient client = SimulatorClients.connect(simulator.endpoint(), "us-east-1", accountId)) {
            return client.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                    .instanceAlias("cap-" + accountId).inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        }
    }
}
