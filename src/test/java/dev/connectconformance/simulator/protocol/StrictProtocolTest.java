package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorTestBase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ConnectException;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * The protocol is read strictly: one JSON object and nothing after it, integers checked whole against the
 * model's range, NextTokens that only the request they were issued for accepts, no empty ClientToken, and
 * validation that costs the same on a hostile value as on a valid one. Every refusal is an AWS-shaped 400 that
 * leaves the state as it was.
 */
class StrictProtocolTest extends SimulatorTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawConnectHttp http;
    private String auth;
    private String instanceId;
    private String freeNumber;

    @BeforeEach
    void instanceAndAFreeNumber() {
        http = new RawConnectHttp(simulator.endpoint());
        auth = RawConnectHttp.authorization(account, EAST);
        instanceId = activeInstance().id();
        freeNumber = searchUs(east, instanceId).get(0);
    }

    @Test
    void trailingDataAfterTheJsonObjectIsRefused() {
        String claim = "{\"InstanceId\":\"" + instanceId + "\",\"PhoneNumber\":\"" + freeNumber + "\"}";
        for (String body : List.of(claim + "garbage", claim + "{}", claim + "[]", "{}{}", "{}garbage")) {
            assertRefused(http.send("POST", "/phone-number/claim", body, auth), 400, "InvalidParameterException",
                    "JSON");
        }
        assertThat(numbersHeld()).isZero();
        assertThat(searchUs(east, instanceId)).contains(freeNumber);
    }

    @Test
    void integersBeyondTheModelsRangeAreRefusedBeforeAnyNarrowing() {
        // 2^64 + 5 would wrap to 5 in a long.
        String huge = "18446744073709551621";
        assertRefused(http.send("POST", "/phone-number/list", "{\"MaxResults\":" + huge + "}", auth), 400,
                "InvalidParameterException", "less than or equal to 1000");
        assertRefused(http.send("GET", "/instance?maxResults=" + huge, null, auth), 400,
                "InvalidRequestException", "less than or equal to 10");
        assertRefused(http.send("POST", "/phone-number/list", "{\"MaxResults\":-" + huge + "}", auth), 400,
                "InvalidParameterException", "greater than or equal to 1");
    }

    @Test
    void aNextTokenIsAcceptedOnlyByTheRequestItWasIssuedFor() {
        String other = activeInstance().id();
        List.of(0, 1, 2).forEach(i -> east.claimPhoneNumber(b -> b.instanceId(instanceId)
                .phoneNumber(searchUs(east, instanceId).get(0))));
        settle();
        String token = east.listPhoneNumbersV2(b -> b.instanceId(instanceId).maxResults(1)).nextToken();
        assertThat(east.listPhoneNumbersV2(b -> b.instanceId(instanceId).maxResults(2).nextToken(token))
                .listPhoneNumbersSummaryList()).hasSize(2);

        assertBadToken(() -> east.listPhoneNumbers(b -> b.instanceId(instanceId).nextToken(token)));
        assertBadToken(() -> east.listPhoneNumbersV2(b -> b.instanceId(other).nextToken(token)));
        assertBadToken(() -> east.listPhoneNumbersV2(b -> b.instanceId(instanceId).phoneNumberPrefix("+1")
                .nextToken(token)));
        String regionWide = east.listPhoneNumbersV2(b -> b.maxResults(1)).nextToken();
        assertBadToken(() -> west.listPhoneNumbersV2(b -> b.nextToken(regionWide)));
        try (ConnectClient stranger = client(EAST, randomAccountId())) {
            assertBadToken(() -> stranger.listPhoneNumbersV2(b -> b.nextToken(regionWide)));
        }
        String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        assertBadToken(() -> east.listPhoneNumbersV2(b -> b.instanceId(instanceId).nextToken(tampered)));
        String bare = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("page:2147483647".getBytes(StandardCharsets.UTF_8));
        assertBadToken(() -> east.listInstances(b -> b.nextToken(bare)), InvalidRequestException.class);
        assertBadToken(() -> east.listPhoneNumbersV2(b -> b.nextToken(bare)));
    }

    @Test
    void searchPagesContinueAfterTheLastNumberShownWhateverIsClaimedMeanwhile() {
        List<String> first = searchUs(east, instanceId, "+1201", null).subList(0, 10);
        String token = east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId).phoneNumberPrefix("+1201")
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                .maxResults(10)).nextToken();
        east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(first.get(0)));

        List<String> second = searchUs(east, instanceId, "+1201", token);

        assertThat(second).doesNotContainAnyElementsOf(first);
        assertThat(second.get(0)).isGreaterThan(first.get(9)).startsWith("+1201");
        assertThat(searchUs(east, instanceId, "+1999", null)).isEmpty();
        assertBadToken(() -> east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId).phoneNumberPrefix("+1202")
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                .nextToken(token)));
    }

    @Test
    void anEmptyClientTokenIsRefused() {
        String claim = "{\"InstanceId\":\"" + instanceId + "\",\"PhoneNumber\":\"" + freeNumber
                + "\",\"ClientToken\":\"\"}";
        assertRefused(http.send("POST", "/phone-number/claim", claim, auth), 400, "InvalidParameterException",
                "'ClientToken' failed to satisfy constraint: Member must have length greater than or equal to 1");
        assertThat(numbersHeld()).isZero();
        String numberId = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(freeNumber))
                .phoneNumberId();
        settle();
        assertRefused(http.send("DELETE", "/phone-number/" + numberId + "?clientToken=", null, auth), 400,
                "InvalidParameterException", "greater than or equal to 1");
        assertThat(east.describePhoneNumber(b -> b.phoneNumberId(numberId)).claimedPhoneNumberSummary()
                .phoneNumberStatus().statusAsString()).isEqualTo("CLAIMED");
    }

    @Test
    void overlongValuesAreRefusedByTheirLengthWithoutEverBeingMatched() {
        String alias = "a-".repeat(5_000);
        assertRefused(http.send("PUT", "/instance", "{\"IdentityManagementType\":\"CONNECT_MANAGED\","
                        + "\"InstanceAlias\":\"" + alias + "\",\"InboundCallsEnabled\":true,"
                        + "\"OutboundCallsEnabled\":true}", auth), 400, "InvalidRequestException",
                "Member must have length less than or equal to 45");
        assertRefused(http.send("POST", "/instance/" + instanceId + "/replicate", "{\"ReplicaRegion\":\"us-west-2\","
                        + "\"ReplicaAlias\":\"" + alias + "\"}", auth), 400, "InvalidRequestException",
                "Member must have length less than or equal to 45");
        String prefix = "1".repeat(1_000_000);
        assertRefused(http.send("POST", "/phone-number/list", "{\"PhoneNumberPrefix\":\"" + prefix + "\"}", auth),
                400, "InvalidParameterException", "Member must have length less than or equal to "
                        + InputValidator.UNBOUNDED_PATTERNED_MAX);
        assertThat(east.listInstances(b -> b.maxResults(10)).instanceSummaryList()).hasSize(1);
        assertThat(east.describeInstance(b -> b.instanceId(instanceId)).replicationConfiguration()).isNull();
    }

    @Test
    void patternsMustMatchTheWholeValue() {
        // The model's prefix pattern, unanchored, would find 11 digits inside these.
        for (String prefix : List.of("123456789012345", "+1555x", "x+1555")) {
            assertRefused(http.send("POST", "/phone-number/list", "{\"PhoneNumberPrefix\":\"" + prefix + "\"}",
                    auth), 400, "InvalidParameterException", "regular expression pattern");
        }
        String claim = "{\"InstanceId\":\"" + instanceId + "\",\"PhoneNumber\":\"x" + freeNumber + "\"}";
        assertRefused(http.send("POST", "/phone-number/claim", claim, auth), 400, "InvalidParameterException",
                "regular expression pattern");
        assertThat(numbersHeld()).isZero();
    }

    // ---- helpers ----

    private static List<String> searchUs(ConnectClient client, String instanceId) {
        return searchUs(client, instanceId, null, null);
    }

    private static List<String> searchUs(ConnectClient client, String instanceId, String prefix, String token) {
        return client.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId).phoneNumberPrefix(prefix)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                        .maxResults(10).nextToken(token))
                .availableNumbersList().stream().map(n -> n.phoneNumber()).toList();
    }

    private int numbersHeld() {
        return east.listPhoneNumbersV2(b -> b.instanceId(instanceId)).listPhoneNumbersSummaryList().size();
    }

    private static void assertBadToken(ThrowingCallable call) {
        assertBadToken(call, InvalidParameterException.class);
    }

    /** ListInstances declares only InvalidRequestException for its 400s. */
    private static void assertBadToken(ThrowingCallable call, Class<? extends ConnectException> type) {
        assertThatThrownBy(call).isInstanceOf(type).hasMessageContaining("NextToken is not valid for this request")
                .satisfies(e -> assertThat(((ConnectException) e).statusCode()).isEqualTo(400));
    }

    private static void assertRefused(HttpResponse<String> response, int status, String errorType, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(errorType);
        try {
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("Message").asText()).contains(message);
        } catch (Exception e) {
            throw new AssertionError("not a JSON error body: " + response.body(), e);
        }
    }
}
