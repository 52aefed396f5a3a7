package dev.connectconformance.simulator.servicequotas;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorClients;
import dev.connectconformance.simulator.junit.ConnectSimulatorExtension;
import dev.connectconformance.simulator.wiremock.ConnectApiExtensionFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;
import software.amazon.awssdk.services.servicequotas.model.AppliedLevelEnum;
import software.amazon.awssdk.services.servicequotas.model.InvalidPaginationTokenException;
import software.amazon.awssdk.services.servicequotas.model.NoSuchResourceException;
import software.amazon.awssdk.services.servicequotas.model.ServiceQuota;

/** Service Quotas for service code connect, answered on the simulator's port through the SDK's own client. */
class ServiceQuotasTest {

    private static final String ACCOUNT = "111122223333";
    private static final String OTHER_ACCOUNT = "444455556666";
    private static final String PHONE_NUMBERS = "L-8F812903";
    private static final String INSTANCES = "L-AA17A6B9";
    private static final String GROUP = "arn:aws:connect:us-east-1:" + ACCOUNT
            + ":traffic-distribution-group/11111111-2222-3333-4444-555555555555";

    @RegisterExtension
    static ConnectSimulatorExtension connect = ConnectSimulatorExtension.newInstance()
            .settings(SimulatorSettings.defaults().withPhoneNumberQuota(7)).build();

    private ServiceQuotasClient quotas;

    @BeforeEach
    void client() {
        quotas = SimulatorClients.serviceQuotas(connect.endpoint(), "us-east-1", ACCOUNT);
    }

    @AfterEach
    void close() {
        quotas.close();
    }

    @Test
    void thePhoneNumberQuotaIsTheAdminQuotaInForceAndItsAwsDefaultTheOneTheSimulatorStartedWith() {
        connect.admin().setPhoneNumbersPerTarget(12);

        ServiceQuota applied = quotas.getServiceQuota(b -> b.serviceCode("connect").quotaCode(PHONE_NUMBERS)).quota();
        ServiceQuota awsDefault = quotas.getAWSDefaultServiceQuota(b -> b.serviceCode("connect")
                .quotaCode(PHONE_NUMBERS)).quota();

        assertThat(applied.value()).isEqualTo(12.0);
        assertThat(applied.quotaName()).isEqualTo("Phone numbers per instance");
        assertThat(applied.quotaArn()).isEqualTo("arn:aws:servicequotas:us-east-1:" + ACCOUNT + ":connect/" + PHONE_NUMBERS);
        assertThat(applied.quotaAppliedAtLevel()).isEqualTo(AppliedLevelEnum.ACCOUNT);
        assertThat(applied.adjustable()).isTrue();
        assertThat(awsDefault.value()).isEqualTo(7.0);
    }

    @Test
    void theInstanceQuotaFollowsTheAdminValueOfTheCallersAccount() {
        connect.admin().setInstancesPerRegion(ACCOUNT, 4);

        ServiceQuota applied = quotas.getServiceQuota(b -> b.serviceCode("connect").quotaCode(INSTANCES)).quota();
        ServiceQuota awsDefault = quotas.getAWSDefaultServiceQuota(b -> b.serviceCode("connect")
                .quotaCode(INSTANCES)).quota();
        try (ServiceQuotasClient other = SimulatorClients.serviceQuotas(connect.endpoint(), "us-east-1", OTHER_ACCOUNT)) {
            assertThat(other.getServiceQuota(b -> b.serviceCode("connect").quotaCode(INSTANCES)).quota().value())
                    .isEqualTo(2.0);
        }

        assertThat(applied.value()).isEqualTo(4.0);
        assertThat(applied.quotaName()).isEqualTo("Amazon Connect instance count");
        assertThat(awsDefault.value()).isEqualTo(2.0);
    }

    @Test
    void aTargetsOwnQuotaIsAResourceLevelValueWithTheTargetAsContext() {
        connect.admin().setPhoneNumbersPerTarget(GROUP, 3);

        ServiceQuota forGroup = quotas.getServiceQuota(b -> b.serviceCode("connect").quotaCode(PHONE_NUMBERS)
                .contextId(GROUP)).quota();
        List<ServiceQuota> all = listAll(quotas, AppliedLevelEnum.ALL);
        List<ServiceQuota> accountLevel = listAll(quotas, AppliedLevelEnum.ACCOUNT);

        assertThat(forGroup.value()).isEqualTo(3.0);
        assertThat(forGroup.quotaContext().contextId()).isEqualTo(GROUP);
        assertThat(forGroup.quotaContext().contextScopeType()).isEqualTo("AWS::Connect::TrafficDistributionGroup");
        assertThat(all).extracting(ServiceQuota::quotaCode, ServiceQuota::value, q -> q.quotaContext() == null
                        ? null : q.quotaContext().contextId())
                .containsExactly(tuple(PHONE_NUMBERS, 7.0, null), tuple(PHONE_NUMBERS, 3.0, GROUP),
                        tuple(INSTANCES, 2.0, null));
        assertThat(accountLevel).extracting(ServiceQuota::quotaCode).containsExactly(PHONE_NUMBERS, INSTANCES);
    }

    @Test
    void anotherAccountOrRegionDoesNotSeeATargetsQuota() {
        connect.admin().setPhoneNumbersPerTarget(GROUP, 3);

        try (ServiceQuotasClient other = SimulatorClients.serviceQuotas(connect.endpoint(), "us-east-1", OTHER_ACCOUNT);
             ServiceQuotasClient west = SimulatorClients.serviceQuotas(connect.endpoint(), "us-west-2", ACCOUNT)) {
            assertThat(listAll(other, AppliedLevelEnum.RESOURCE)).isEmpty();
            assertThat(listAll(west, AppliedLevelEnum.RESOURCE)).isEmpty();
            assertThat(listAll(west, AppliedLevelEnum.ACCOUNT)).first().extracting(ServiceQuota::quotaArn)
                    .isEqualTo("arn:aws:servicequotas:us-west-2:" + ACCOUNT + ":connect/" + PHONE_NUMBERS);
        }
    }

    @Test
    void listingPagesThroughEveryQuota() {
        List<String> codes = new ArrayList<>();
        quotas.listServiceQuotasPaginator(b -> b.serviceCode("connect").maxResults(1)).quotas()
                .forEach(q -> codes.add(q.quotaCode()));

        assertThat(codes).containsExactly(PHONE_NUMBERS, INSTANCES);
        assertThatThrownBy(() -> quotas.listServiceQuotas(b -> b.serviceCode("connect").nextToken("not-a-token")))
                .isInstanceOf(InvalidPaginationTokenException.class).hasMessageContaining("NextToken");
    }

    @Test
    void anUnknownServiceOrQuotaIsNoSuchResource() {
        assertThatThrownBy(() -> quotas.getServiceQuota(b -> b.serviceCode("ec2").quotaCode("L-1216C47A")))
                .isInstanceOf(NoSuchResourceException.class).hasMessageContaining("service does not exist");
        assertThatThrownBy(() -> quotas.getAWSDefaultServiceQuota(b -> b.serviceCode("connect").quotaCode("L-00000000")))
                .isInstanceOf(NoSuchResourceException.class).hasMessageContaining("has no quota L-00000000");
        assertThatThrownBy(() -> quotas.listServiceQuotas(b -> b.serviceCode("lambda")))
                .isInstanceOf(NoSuchResourceException.class);
    }

    @Test
    void anUnknownTargetOrAnUnsignedRequestGetsAJson11Error() throws Exception {
        HttpResponse<String> unknown = post(connect.endpoint(), "ServiceQuotasV20190624.RequestServiceQuotaIncrease",
                RawConnectHttp.authorization(ACCOUNT, "us-east-1"));
        HttpResponse<String> unsigned = post(connect.endpoint(), "ServiceQuotasV20190624.GetServiceQuota", null);

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        assertThat(unknown.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonNode body = new ObjectMapper().readTree(unknown.body());
        assertThat(body.path("__type").asText()).isEqualTo("UnknownOperationException");
        assertThat(body.path("message").asText()).contains("RequestServiceQuotaIncrease");
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(unsigned.body()).path("__type").asText())
                .isEqualTo("MissingAuthenticationTokenException");
    }

    @Test
    void aUsersWireMockServerAnswersServiceQuotasToo() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .notifier(new ConsoleNotifier(false))
                .extensions(new ConnectApiExtensionFactory(SimulatorSettings.defaults())));
        server.start();
        try (ServiceQuotasClient onUsersServer = SimulatorClients.serviceQuotas(URI.create(server.baseUrl()),
                "eu-central-1", ACCOUNT)) {
            assertThat(onUsersServer.getServiceQuota(b -> b.serviceCode("connect").quotaCode(PHONE_NUMBERS))
                    .quota().value()).isEqualTo(5.0);
        } finally {
            server.stop();
        }
    }

    private static List<ServiceQuota> listAll(ServiceQuotasClient client, AppliedLevelEnum level) {
        List<ServiceQuota> all = new ArrayList<>();
        client.listServiceQuotasPaginator(b -> b.serviceCode("connect").quotaAppliedAtLevel(level)).quotas()
                .forEach(all::add);
        return all;
    }

    private static HttpResponse<String> post(URI endpoint, String target, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"ServiceCode\":\"connect\",\"QuotaCode\":\"L-8F812903\"}"))
                .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", target);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
