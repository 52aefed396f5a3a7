package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorTestBase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.ConnectException;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * ERR-01 and ERR-02 on the wire: modelled status, x-amzn-ErrorType, {"Message"}, x-amzn-RequestId; region from the
 * SigV4 scope, account from the access key id; malformed input answered with a 400 naming the field, changing nothing.
 */
class WireContractTest extends SimulatorTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private RawConnectHttp raw;

    @BeforeEach
    void rawClient() {
        raw = new RawConnectHttp(simulator.endpoint());
    }

    private String auth(String region) {
        return RawConnectHttp.authorization(account, region);
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void errorsCarryModelledStatusErrorTypeMessageAndRequestId() throws Exception {
        HttpResponse<String> response = raw.send("GET", "/instance/" + UUID.randomUUID(), null, auth(EAST));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(body(response).get("Message").asText()).contains("Instance not found");
    }

    @Test
    void sdkTurnsTheErrorIntoTheTypedException() {
        String missing = UUID.randomUUID().toString();
        assertThatThrownBy(() -> east.describeInstance(b -> b.instanceId(missing)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(missing)
                .satisfies(e -> assertThat(((ResourceNotFoundException) e).statusCode()).isEqualTo(404));
    }

    @Test
    void successfulResponsesCarryRequestIdAndEpochSecondTimestamps() throws Exception {
        CreateInstanceResponse created = activeInstance();
        HttpResponse<String> response = raw.send("GET", "/instance/" + created.id(), null, auth(EAST));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(body(response).at("/Instance/CreatedTime").isNumber()).isTrue();
    }

    @Test
    void unsignedRequestsAreRefusedWith403() throws Exception {
        HttpResponse<String> response = raw.send("GET", "/instance", null, null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("AccessDeniedException");
        assertThat(body(response).get("Message").asText()).contains("Signature Version 4");
    }

    @Test
    void unknownPathsGetAnAwsShaped404NotWireMocksPage() throws Exception {
        HttpResponse<String> response = raw.send("GET", "/no-such-operation", null, auth(EAST));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(body(response).get("Message").asText()).contains("/no-such-operation");
    }

    @Test
    void modelledOperationsOutsideTheSimulatedSliceSayTheyAreNotImplemented() {
        assertThatThrownBy(() -> east.deleteQueue(b -> b.instanceId(UUID.randomUUID().toString()).queueId("q")))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("does not implement DeleteQueue")
                .satisfies(e -> assertThat(((ConnectException) e).statusCode()).isEqualTo(501));
    }

    @Test
    void regionComesFromTheCredentialScope() {
        CreateInstanceResponse created = activeInstance();

        assertThatThrownBy(() -> client("eu-west-2", account).describeInstance(b -> b.instanceId(created.id())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(east.describeInstance(b -> b.instanceId(created.id())).instance().arn()).contains(":us-east-1:");
    }

    @Test
    void accountComesFromATwelveDigitAccessKeyAndAccountsAreIsolated() {
        CreateInstanceResponse created = activeInstance();

        assertThat(created.arn()).contains(":" + account + ":");
        assertThatThrownBy(() -> client(EAST, randomAccountId()).describeInstance(b -> b.instanceId(created.id())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void percentEncodedArnsInThePathAreDecoded() throws Exception {
        CreateInstanceResponse created = activeInstance();
        String encoded = URLEncoder.encode(created.arn(), StandardCharsets.UTF_8);

        HttpResponse<String> response = raw.send("GET", "/instance/" + encoded, null, auth(EAST));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).at("/Instance/Id").asText()).isEqualTo(created.id());
    }

    @Test
    void malformedJsonIsA400AndCreatesNothing() throws Exception {
        HttpResponse<String> response = raw.send("PUT", "/instance", "{\"IdentityManagementType\": ", auth(EAST));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidRequestException");
        assertThat(body(response).get("Message").asText()).contains("not valid JSON");
        assertThat(east.listInstances(b -> { }).instanceSummaryList()).isEmpty();
    }

    @Test
    void wrongJsonTypesAreNamed() throws Exception {
        String bad = "{\"IdentityManagementType\":\"CONNECT_MANAGED\",\"InstanceAlias\":\"typed\","
                + "\"InboundCallsEnabled\":\"yes\",\"OutboundCallsEnabled\":true}";

        HttpResponse<String> response = raw.send("PUT", "/instance", bad, auth(EAST));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("Message").asText())
                .contains("'InboundCallsEnabled'").contains("must be of type boolean");
        assertThat(east.listInstances(b -> { }).instanceSummaryList()).isEmpty();
    }

    @Test
    void missingRequiredMembersAndUnknownEnumValuesAreNamed() {
        assertThatThrownBy(() -> east.createInstance(b -> b.identityManagementType("NOT_A_TYPE").instanceAlias("x")
                .inboundCallsEnabled(true).outboundCallsEnabled(true)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'IdentityManagementType'").hasMessageContaining("enum value set");
        assertThatThrownBy(() -> east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                .instanceAlias("x").inboundCallsEnabled(true)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'OutboundCallsEnabled'").hasMessageContaining("must not be null");
        assertThat(east.listInstances(b -> { }).instanceSummaryList()).isEmpty();
    }

    @Test
    void valuesOutsideTheModelledRangeAreNamed() {
        assertThatThrownBy(() -> east.listInstances(b -> b.maxResults(11)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'MaxResults'").hasMessageContaining("less than or equal to 10")
                .satisfies(e -> assertThat(((InvalidRequestException) e).statusCode()).isEqualTo(400));
    }

    @Test
    void idsThatAreNeitherUuidNorArnAreA400NamingTheField() {
        assertThatThrownBy(() -> east.describeInstance(b -> b.instanceId("not-an-instance-id")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("InstanceId").hasMessageContaining("neither an id");
    }

    @Test
    void pathTraversalGetsTheAwsErrorShapeToo() throws Exception {
        for (String path : new String[] {"/instance/..%2F..%2Fetc%2Fpasswd", "/instance/%2E%2E%2F%2E%2E%2Fx", "/instance/..%2Fx"}) {
            HttpResponse<String> response = raw.send("GET", path, null, auth(EAST));

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).as(path).hasValue("InvalidRequestException");
            assertThat(body(response).get("Message").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void bodiesOverTheLimitAreRefusedWithAClearError() throws Exception {
        String huge = "{\"InstanceAlias\":\"" + "a".repeat(simulator.settings().maxRequestBodyBytes()) + "\"}";

        HttpResponse<String> response = raw.send("PUT", "/instance", huge, auth(EAST));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("RequestEntityTooLargeException");
        assertThat(body(response).get("Message").asText()).contains("exceeds the limit");
    }
}
