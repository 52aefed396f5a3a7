package dev.connectconformance.simulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.hostile.HostileRequests.World;
import dev.connectconformance.simulator.hostile.RawSocketHttp.Answer;
import dev.connectconformance.simulator.protocol.InputValidator;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * Hostile and broken input from a seeded generator (set -Dhostile.seed=N to replay another run): every answer
 * is an AWS-shaped 4xx (x-amzn-ErrorType and a JSON Message), the simulator keeps answering, and the state the
 * admin API shows is exactly what it was. The requests aim at an account with a real instance, replica,
 * traffic distribution group and claimed number, so a request that slipped through would change something.
 */
class HostileInputTest {

    private static final long SEED = Long.getLong("hostile.seed", 20261124L);
    private static final String ACCOUNT = "444455556666";
    private static final String REGION = "us-east-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConnectSimulator simulator;
    private static RawSocketHttp http;
    private static World world;
    private static JsonNode stateBefore;

    private HostileRequests generate;

    @BeforeAll
    static void accountWithRealResources() {
        simulator = ConnectSimulator.start(SimulatorSettings.defaults());
        http = new RawSocketHttp(simulator.port());
        try (ConnectClient east = SimulatorClients.connect(simulator.endpoint(), REGION, ACCOUNT)) {
            String instanceId = east.createInstance(b -> b.identityManagementType("SAML")
                    .instanceAlias("hostile-target").inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
            settle();
            east.replicateInstance(b -> b.instanceId(instanceId).replicaRegion("us-west-2").replicaAlias("hw"));
            settle();
            List<String> free = east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId)
                            .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                            .maxResults(2)).availableNumbersList().stream().map(n -> n.phoneNumber()).toList();
            var claimed = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(free.get(0)));
            settle();
            String flowId = east.listContactFlows(b -> b.instanceId(instanceId)).contactFlowSummaryList().get(0).id();
            world = new World(ACCOUNT, instanceId, "arn:aws:connect:" + REGION + ":" + ACCOUNT + ":instance/"
                    + instanceId, defaultTdgArn(instanceId), claimed.phoneNumberId(), claimed.phoneNumberArn(),
                    flowId, free.get(1), RawConnectHttp.authorization(ACCOUNT, REGION));
        }
        stateBefore = state();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void generator() {
        generate = new HostileRequests(SEED, world);
    }

    @Test
    void malformedJsonBodiesAreRefusedWith400() {
        assertAllRefused(generate.malformedBodies(60), Set.of(400));
    }

    @Test
    void jsonValuesOfTheWrongTypeAreRefusedWith400() {
        // The bodies the wrong values go into are valid, so a 400 can only come from the wrong value.
        ServiceModel model = ServiceModel.bundled();
        InputValidator validator = new InputValidator(model);
        generate.validBodies().forEach((operation, body) -> {
            ObjectNode input = body.deepCopy().put("PhoneNumberId", world.phoneNumberId());
            String inputShape = model.operation(operation).orElseThrow().inputShape();
            assertThat(validator.firstViolation(inputShape, input)).as(operation).isEmpty();
        });
        assertAllRefused(generate.wrongTypes(), Set.of(400));
    }

    @Test
    void bodiesOverTheLimitAreRefusedWith413() {
        List<HostileRequest> requests = generate.oversizedBodies(simulator.settings().maxRequestBodyBytes());
        assertAllRefused(requests, Set.of(413));
        Answer answer = send(requests.get(0));
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("RequestEntityTooLargeException");
        assertThat(message(answer)).contains("exceeds the limit of 1048576 bytes");
    }

    @Test
    void overlongIdsAndArnsAreRefused() {
        assertAllRefused(generate.longIds(), Set.of(400, 404, 414, 431));
    }

    @Test
    void percentEncodedAndTraversingIdsAreRefused() {
        assertAllRefused(generate.traversal(60), Set.of(400, 404));
    }

    @Test
    void unknownOperationsGet404() {
        List<HostileRequest> requests = generate.unknownOperations(40);
        assertAllRefused(requests, Set.of(400, 404));
        assertThat(send(requests.get(requests.size() - 1)).header("x-amzn-ErrorType"))
                .isEqualTo("UnknownOperationException");
    }

    @Test
    void missingOrGarbledAuthorizationGets403() {
        List<HostileRequest> requests = generate.badAuthorization(30);
        assertAllRefused(requests, Set.of(403, 431));
        assertThat(send(requests.get(0)).header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
    }

    @Test
    void methodsNoOperationUsesAreRefused() {
        assertAllRefused(generate.oddMethods(), Set.of(400, 404, 405));
    }

    // ---- checks ----

    private static void assertAllRefused(List<HostileRequest> requests, Set<Integer> statuses) {
        List<String> violations = new ArrayList<>();
        for (HostileRequest request : requests) {
            Answer answer = send(request);
            String problem = problemWith(request, answer, statuses);
            if (problem != null) {
                violations.add(request + " -> " + answer.status() + " " + problem + " "
                        + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        }
        assertThat(violations).as("seed %d: answers that were not an AWS-shaped refusal", SEED).isEmpty();
        assertThat(state()).as("seed %d: the state after %d hostile requests", SEED, requests.size())
                .isEqualTo(stateBefore);
        Answer healthy = http.send("GET", "/phone-number/" + world.phoneNumberId(),
                Map.of("Authorization", world.authorization()), null);
        assertThat(healthy.status()).as("a valid request still answered").isEqualTo(200);
    }

    private static String problemWith(HostileRequest request, Answer answer, Set<Integer> statuses) {
        if (!statuses.contains(answer.status())) {
            return "unexpected status";
        }
        String errorType = answer.header("x-amzn-ErrorType");
        if (errorType == null || errorType.isBlank()) {
            return "no x-amzn-ErrorType";
        }
        if (request.method().equals("HEAD")) {
            return null;
        }
        String message = message(answer);
        return message == null || message.isBlank() ? "no JSON Message" : null;
    }

    private static String message(Answer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body != null && body.path("Message").isTextual() ? body.get("Message").asText() : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    private static Answer send(HostileRequest request) {
        return http.send(request.method(), request.target(), request.headers(), request.body());
    }

    // ---- setup helpers ----

    /** The admin API's picture of the whole state, without its timestamp. */
    private static JsonNode state() {
        Answer answer = http.send("GET", "/__admin/connect/state", Map.of(), null);
        try {
            ObjectNode state = (ObjectNode) JSON.readTree(answer.body());
            state.remove("now");
            return state;
        } catch (Exception e) {
            throw new IllegalStateException("state unreadable: " + answer.body(), e);
        }
    }

    private static void settle() {
        simulator.advanceClock(Duration.ofSeconds(2));
    }

    private static String defaultTdgArn(String instanceId) {
        AccountState state = simulator.store().account(ACCOUNT);
        return state.exclusively(simulator.clock().now(), () -> state.trafficDistributionGroups().values().stream()
                .filter(g -> g.instanceId().equals(instanceId) && g.isDefault())
                .map(g -> g.arn(ACCOUNT)).findFirst().orElseThrow());
    }
}
