package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.protocol.ResponseBodyValidator;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.suite.support.NumberTarget;
import dev.connectconformance.suite.support.NumbersBefore;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The wire contract: typed errors with their status for every modelled error kind, and - simulator only, with
 * a plain HTTP client - the raw answer (status, x-amzn-ErrorType, x-amzn-RequestId, JSON message).
 */
public class WireContractSteps {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ResponseBodyValidator MODEL = new ResponseBodyValidator(ServiceModel.bundled());

    private final ScenarioContext context;
    private final World world;
    private final NumbersBefore numbersBefore;
    private HttpResponse<String> raw;

    public WireContractSteps(ScenarioContext context, World world, NumbersBefore numbersBefore) {
        this.context = context;
        this.world = world;
        this.numbersBefore = numbersBefore;
    }

    // --- typed errors of every kind (faults injected on the simulator, see FaultSteps)

    @When("a {action} is attempted")
    public void anActionIsAttempted(String operation) {
        String instanceId = world.replicatedInstance();
        switch (operation) {
            case "ListTrafficDistributionGroups" -> context.attempt(operation,
                    () -> context.source().listTrafficDistributionGroups(b -> b.instanceId(instanceId)));
            case "CreateTrafficDistributionGroup" -> context.attempt(operation,
                    () -> context.source().createTrafficDistributionGroup(b -> b
                            .name(World.alias("faulty")).instanceId(instanceId)));
            default -> throw new IllegalArgumentException("no step attempts " + operation + " on its own");
        }
    }

    // --- invalid input through the SDK

    @When("a number is claimed to the instance without saying which phone number")
    public void aClaimWithoutPhoneNumber() {
        String instanceArn = countNumbersOnInstance();
        context.attempt("ClaimPhoneNumber", () -> context.source().claimPhoneNumber(b -> b.targetArn(instanceArn)));
    }

    @When("an available number is claimed to the instance with a description of {int} characters")
    public void aClaimWithALongDescription(int length) {
        String instanceArn = countNumbersOnInstance();
        String phoneNumber = world.availableNumber(context.source(), instanceArn);
        context.attempt("ClaimPhoneNumber", () -> context.source().claimPhoneNumber(b -> b.targetArn(instanceArn)
                .phoneNumber(phoneNumber).phoneNumberDescription("d".repeat(length))));
    }

    @When("available numbers of the kind {string} are searched for the instance")
    public void numbersOfAnUnknownKindAreSearched(String kind) {
        String instanceArn = world.instanceArn(world.replicatedInstance(), context.sourceRegion());
        context.attempt("SearchAvailablePhoneNumbers", () -> context.source().searchAvailablePhoneNumbers(b -> b
                .targetArn(instanceArn).phoneNumberCountryCode("US").phoneNumberType(kind)));
    }

    @Then("the instance holds no more numbers than before")
    public void theInstanceHoldsNoMoreNumbers() {
        assertThat(numbersOnInstance(numbersBefore.instanceArn())).isEqualTo(numbersBefore.count());
    }

    private String countNumbersOnInstance() {
        String instanceArn = world.instanceArn(world.replicatedInstance(), context.sourceRegion());
        numbersBefore.record(instanceArn, numbersOnInstance(instanceArn));
        return instanceArn;
    }

    private int numbersOnInstance(String instanceArn) {
        return world.listNumbers(context.source(), instanceArn, null).size();
    }

    // --- raw requests (simulator only)

    /** "METHOD /path" with no Authorization header at all. */
    @When("the raw request {string} is sent without a signature")
    public void anUnsignedRequest(String request) {
        raw = send(request(request, false).method(method(request), HttpRequest.BodyPublishers.noBody()));
    }

    /** "METHOD /path", signed-looking for the scenario's account in the source region, without a body. */
    @When("the raw request {string} is sent")
    public void aRawRequest(String request) {
        raw = send(request(request, true).method(method(request), HttpRequest.BodyPublishers.noBody()));
    }

    /** As above, with a JSON content type and the body as written; the instance's numbers are counted first. */
    @When("the raw request {string} is sent with the body {string}")
    public void aRawRequestWithBody(String request, String body) {
        countNumbersOnInstance();
        raw = send(request(request, true).header("Content-Type", "application/json")
                .method(method(request), HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The raw answer, one row per part: "HTTP status" (equal), a header such as x-amzn-ErrorType (starts with the
     * value) or "Message" (the JSON body's message contains the value); "(any)" only asks for a non-blank value.
     */
    @Then("the raw answer carries:")
    public void theRawAnswerCarries(Map<String, String> parts) {
        parts.forEach((part, expected) -> {
            String actual = switch (part) {
                case "HTTP status" -> String.valueOf(raw.statusCode());
                case "Message" -> message();
                default -> raw.headers().firstValue(part).orElse("");
            };
            if (expected.equals("(any)")) {
                assertThat(actual).as(part).isNotBlank();
            } else if (part.equals("HTTP status")) {
                assertThat(actual).as(part).isEqualTo(expected);
            } else if (part.equals("Message")) {
                assertThat(actual).as(part).contains(expected);
            } else {
                assertThat(actual).as(part).startsWith(expected);
            }
        });
    }

    // --- success answers against the service model (ERR-03)

    @Then("the raw description of the number {string} meets the service model")
    public void theRawDescriptionOfTheNumberMeetsTheModel(String name) {
        meetsTheModel("DescribePhoneNumber", "/phone-number/" + context.number(name).id());
    }

    @Then("the raw description of {target} meets the service model")
    public void theRawDescriptionOfTheTargetMeetsTheModel(NumberTarget target) {
        if (target.group().isPresent()) {
            meetsTheModel("DescribeTrafficDistributionGroup",
                    "/traffic-distribution-group/" + target.group().get().id());
        } else {
            meetsTheModel("DescribeInstance", "/instance/" + World.idOf(target.arn()));
        }
    }

    /** A signed-looking GET in the source region, its answer checked member by member against the model. */
    private void meetsTheModel(String operation, String path) {
        HttpResponse<String> answer = send(request("GET " + path, true).GET());
        assertThat(answer.statusCode()).as("HTTP status of %s: %s", operation, answer.body()).isEqualTo(200);
        assertThat(MODEL.checkSuccess(operation, answer.body()))
                .as("%s answer against the service model: %s", operation, answer.body()).isEmpty();
    }

    private String message() {
        try {
            JsonNode body = JSON.readTree(raw.body());
            return body.path("Message").asText(body.path("message").asText(""));
        } catch (IOException e) {
            throw new AssertionError("the error body is not JSON: " + raw.body(), e);
        }
    }

    private HttpRequest.Builder request(String methodAndPath, boolean signed) {
        String path = methodAndPath.substring(methodAndPath.indexOf(' ') + 1);
        HttpRequest.Builder request = HttpRequest.newBuilder(context.simulatorAdmin().endpoint().resolve(path));
        return signed ? signedLooking(request) : request;
    }

    private static String method(String methodAndPath) {
        return methodAndPath.substring(0, methodAndPath.indexOf(' '));
    }

    /**
     * A request that carries a SigV4-shaped Authorization header naming the scenario's account and the source
     * region; the simulator reads account and region from it and, like any local emulator, does not verify it.
     */
    private HttpRequest.Builder signedLooking(HttpRequest.Builder request) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String date = now.format(DateTimeFormatter.BASIC_ISO_DATE).substring(0, 8);
        return request.header("X-Amz-Date", now.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + context.accountId() + "/" + date + "/"
                        + context.sourceRegion() + "/connect/aws4_request, SignedHeaders=host;x-amz-date, Signature="
                        + "0".repeat(64));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        // a client per raw request: only a few scenarios need one, and they need it once
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("raw request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
