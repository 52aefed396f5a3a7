package dev.connectconformance.simulator.statefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.client.SimulatorAdminException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document that does not validate is refused with a 400 naming the field, and the simulator keeps its state. */
class StateImportRefusalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "210987654321";

    private static ConnectSimulator simulator;
    private static SimulatorAdminClient admin;
    private static String valid;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        simulator = ConnectSimulator.start(SimulatorSettings.defaults().withSettleDelay(Duration.ofSeconds(1)));
        admin = simulator.adminClient();
        MigrationAccount.build(simulator, ACCOUNT, Duration.ofSeconds(1));
        simulator.advanceClock(Duration.ofSeconds(1));
        valid = new String(StateFormat.bytes(admin.exportState()));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void theAccountIsLoaded() {
        admin.importState(StateFormat.read(valid.getBytes()));
    }

    @Test
    void anUnknownVersionIsRefused() throws Exception {
        assertRefused(doc -> doc.put("formatVersion", 2), "formatVersion", "version 2 is not supported");
    }

    @Test
    void aNumberOwnedTwiceIsRefused() throws Exception {
        assertRefused(doc -> {
            ArrayNode numbers = numbers(doc);
            ((ObjectNode) numbers.get(1)).put("phoneNumber", numbers.get(0).get("phoneNumber").asText());
        }, "phoneNumbers[1].phoneNumber", "owned twice");
    }

    @Test
    void aNumberOnATargetThatDoesNotExistIsRefused() throws Exception {
        assertRefused(doc -> ((ObjectNode) numbers(doc).get(0)).put("targetArn",
                        "arn:aws:connect:us-east-1:" + ACCOUNT + ":traffic-distribution-group/gone"),
                "phoneNumbers[0].targetArn", "is no instance");
    }

    @Test
    void aFlowAssociationToAFlowThatDoesNotExistIsRefused() throws Exception {
        assertRefused(doc -> {
            for (JsonNode number : numbers(doc)) {
                if (number.has("flowId")) {
                    ((ObjectNode) number).put("flowId", "no-such-flow");
                }
            }
        }, ".flowId", "flow 'no-such-flow' is no flow of instance");
    }

    @Test
    void pendingWorkOnAResourceThatDoesNotExistIsRefused() throws Exception {
        assertRefused(doc -> ((ArrayNode) account(doc).withArray("pendingWork")).addObject()
                        .put("effect", "ClaimSettles").put("due", "2030-01-01T00:00:00Z").put("resourceId", "gone"),
                "pendingWork[0].resourceId", "'gone' is no phone number");
    }

    @Test
    void theExpiryOfAFailedClaimOnANumberThatCountsAgainstAQuotaIsRefused() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(valid);
        JsonNode claimed = numbers(document).get(0);
        assertThat(claimed.path("quotaTargetArn").isTextual()).as("the first number counts against a quota").isTrue();
        int index = account(document).withArray("pendingWork").size();

        assertRefused(doc -> ((ArrayNode) account(doc).withArray("pendingWork")).addObject()
                        .put("effect", "FailedClaimExpires").put("due", "2030-01-01T00:00:00Z")
                        .put("resourceId", claimed.path("id").asText()),
                "pendingWork[" + index + "].resourceId", "only a failed claim (no quotaTargetArn) expires");
    }

    @Test
    void anUnknownStatusAndAnUnknownFieldAreNamed() throws Exception {
        assertRefused(doc -> ((ObjectNode) numbers(doc).get(0)).put("status", "HALF_CLAIMED"),
                "phoneNumbers[0].status", "'HALF_CLAIMED' is not a known status");
        assertRefused(doc -> ((ObjectNode) numbers(doc).get(0)).put("colour", "blue"), "phoneNumbers[0]", "colour");
    }

    @Test
    void aNumberHeldByAnotherAccountThatStaysIsRefused() throws Exception {
        assertRefused(doc -> {
            ObjectNode accounts = (ObjectNode) doc.get("accounts");
            accounts.set("999988887777", accounts.remove(ACCOUNT));
            // the same numbers, claimed by an account that would stay: nobody can hold them twice
            rewriteArns(accounts.get("999988887777"));
        }, "held by account " + ACCOUNT, "does not replace");
    }

    @Test
    void aRefusalIsAnAwsShaped400() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(simulator.endpoint() + "/__admin/connect/state"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"formatVersion\": 3}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("x-amzn-ErrorType")).contains("InvalidRequestException");
        assertThat(JSON.readTree(answer.body()).get("Message").asText()).contains("formatVersion");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(simulator.endpoint() + "/__admin/connect/state"))
                .PUT(HttpRequest.BodyPublishers.ofString("{not json")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("not valid JSON");
    }

    private void assertRefused(Consumer<ObjectNode> breakIt, String field, String problem) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(valid);
        breakIt.accept(document);
        Path file = Files.writeString(dir.resolve("bad.json"), document.toString());
        JsonNode before = withoutNow(admin.state());

        assertThatThrownBy(() -> admin.importState(file)).isInstanceOf(SimulatorAdminException.class)
                .hasMessageContaining("400").hasMessageContaining(field).hasMessageContaining(problem);
        assertThat(withoutNow(admin.state())).as("nothing changed").isEqualTo(before);
    }

    private static ObjectNode account(ObjectNode document) {
        return (ObjectNode) document.get("accounts").get(ACCOUNT);
    }

    private static ArrayNode numbers(ObjectNode document) {
        return (ArrayNode) account(document).get("phoneNumbers");
    }

    private static void rewriteArns(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                JsonNode value = object.get(name);
                if (value.isTextual()) {
                    object.put(name, value.asText().replace(":" + ACCOUNT + ":", ":999988887777:"));
                } else {
                    rewriteArns(value);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(StateImportRefusalTest::rewriteArns);
        }
    }

    private static JsonNode withoutNow(JsonNode state) {
        ObjectNode copy = state.deepCopy();
        copy.remove("now");
        return copy;
    }
}
