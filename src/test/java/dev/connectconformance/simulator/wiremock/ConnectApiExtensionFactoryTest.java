package dev.connectconformance.simulator.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ConnectException;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.QueueSummary;

/**
 * The Connect API added to a user's own WireMockServer: the simulated slice is simulated, other operations are
 * answered by the user's stubs, and an unsimulated operation that no stub matches is an AWS-shaped 501.
 */
class ConnectApiExtensionFactoryTest {

    private static final String ACCOUNT = "111122223333";
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final String QUEUES = "{\"QueueSummaryList\":[{\"Id\":\"q-1\",\"Name\":\"BasicQueue\","
            + "\"QueueType\":\"STANDARD\"}]}";

    private WireMockServer server;
    private ConnectClient east;

    private void start(UnaryOperator<WireMockConfiguration> connectApi) {
        server = new WireMockServer(connectApi.apply(options().dynamicPort().bindAddress("127.0.0.1")
                .notifier(new ConsoleNotifier(false))));
        server.start();
        east = SimulatorClients.connect(endpoint(), "us-east-1", ACCOUNT);
    }

    private void startWithSettleDelay() {
        start(o -> o.extensions(new ConnectApiExtensionFactory(SimulatorSettings.defaults().withSettleDelay(SETTLE))));
    }

    @AfterEach
    void stop() {
        if (east != null) {
            east.close();
        }
        server.stop();
    }

    private URI endpoint() {
        return URI.create(server.baseUrl());
    }

    @Test
    void anOperationOutsideTheSliceIsAnsweredByTheUsersStub() {
        startWithSettleDelay();
        server.stubFor(get(urlPathMatching("/queues-summary/[^/]+")).willReturn(okJson(QUEUES)));
        String instanceId = UUID.randomUUID().toString();

        var queues = east.listQueues(b -> b.instanceId(instanceId)).queueSummaryList();

        assertThat(queues).extracting(QueueSummary::name).containsExactly("BasicQueue");
        server.verify(getRequestedFor(urlPathEqualTo("/queues-summary/" + instanceId)));
    }

    @Test
    void theSimulatedOperationsAreSimulatedNextToTheStubs() {
        startWithSettleDelay();
        server.stubFor(get(urlPathMatching("/queues-summary/[^/]+")).willReturn(okJson(QUEUES)));
        SimulatorAdminClient admin = new SimulatorAdminClient(endpoint());
        String instanceId = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias("user-server").inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        admin.advanceClock(SETTLE);
        String number = east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .maxResults(1)).availableNumbersList().get(0).phoneNumber();

        String claimed = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)).phoneNumberArn();
        admin.advanceClock(SETTLE);

        assertThat(east.listPhoneNumbersV2(b -> b.instanceId(instanceId)).listPhoneNumbersSummaryList())
                .extracting(ListPhoneNumbersSummary::phoneNumberArn, ListPhoneNumbersSummary::phoneNumber)
                .containsExactly(tuple(claimed, number));
        assertThat(east.listQueues(b -> b.instanceId(instanceId)).queueSummaryList()).hasSize(1);
    }

    @Test
    void anUnsimulatedOperationWithoutAStubIsNotImplemented() {
        startWithSettleDelay();

        assertThatThrownBy(() -> east.listHoursOfOperations(b -> b.instanceId(UUID.randomUUID().toString())))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("The Connect simulator does not implement ListHoursOfOperations, and no stub mapping "
                        + "matched the request")
                .satisfies(e -> {
                    ConnectException error = (ConnectException) e;
                    assertThat(error.statusCode()).isEqualTo(501);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("NotImplementedException");
                });
    }

    @Test
    void resettingWireMockLeavesTheSimulatorAndTheNotImplementedAnswerInPlace() {
        startWithSettleDelay();
        server.stubFor(get(urlPathMatching("/queues-summary/[^/]+")).willReturn(okJson(QUEUES)));

        server.resetAll();

        assertThatThrownBy(() -> east.listQueues(b -> b.instanceId(UUID.randomUUID().toString())))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("does not implement ListQueues");
        assertThat(east.listInstances(b -> { }).instanceSummaryList()).isEmpty();
    }

    @Test
    void aRequestForNoConnectOperationKeepsWireMocksOwnAnswer() {
        startWithSettleDelay();

        HttpResponse<String> response = new RawConnectHttp(endpoint()).send("GET", "/health", null,
                RawConnectHttp.authorization(ACCOUNT, "us-east-1"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).isEmpty();
    }

    @Test
    void registeredByClassTheSimulatorHasDefaultSettings() {
        start(o -> o.extensionFactories(ConnectApiExtensionFactory.class));

        String instanceId = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias("by-class").inboundCallsEnabled(true).outboundCallsEnabled(true)).id();

        assertThat(new SimulatorAdminClient(endpoint()).quotas().phoneNumbersPerTarget())
                .isEqualTo(SimulatorSettings.defaults().phoneNumberQuota());
        assertThat(east.describeInstance(b -> b.instanceId(instanceId)).instance().arn())
                .contains(":" + ACCOUNT + ":instance/" + instanceId);
    }
}
