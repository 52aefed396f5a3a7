package dev.connectconformance.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.suite.support.ScenarioContext;
import dev.connectconformance.suite.support.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The wire contract: typed errors with their status for every modelled error kind, and - simulator only, with
 * a plain HTTP client - the raw answer (status, x-amzn-ErrorType, x-amzn-RequestId, JSON message).
 */
public class WireContractSteps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScenarioContext context;
    private final World world;
    private HttpResponse<String> raw;

    public WireContractSteps(ScenarioContext context, World world) {
        this.context = context;
        this.world = world;
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
        String instanceArn = rememberNumbersOnInstance();
        context.attempt("ClaimPhoneNumber", () -> context.source().claimPhoneNumber(b -> b.targetArn(instanceArn)));
    }

    @When("an available number is claimed to the instance with a description of {int} characters")
    public void aClaimWithALongDescription(int length) {
        String instanceArn = rememberNumbersOnInstance();
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
        int before = context.recall("numbers on the instance");
        assertThat(numbersOnInstance(context.recall("instance ARN"))).isEqualTo(before);
    }

    private String rememberNumbersOnInstance() {
        String instanceArn = world.instanceArn(world.replicatedInstance(), context.sourceRegion());
        context.remember("instance ARN", instanceArn);
        context.remember("numbers on the instance", numbersOnInstance(instanceArn));
        return instanceArn;
    }

    private int numbersOnInstance(String instanceArn) {
        return world.listNumbers(context.source(), instanceArn, null).size();
    }

    // --- raw requests (simulator only)

    @When("a request without a signature asks for the instances")
    public void anUnsignedRequest() {
        raw = send(HttpRequest.newBuilder(endpoint("/instance")).GET());
    }

    @When("a raw request describes a traffic distribution group that does not exist")
    public void aRawDescribeOfAMissingGroup() {
        raw = send(signedLooking(HttpRequest.newBuilder(endpoint("/traffic-distribution-group/" + UUID.randomUUID())))
                .GET());
    }

    @When("a raw claim request is sent with the body {string}")
    public void aRawClaim(String body) {
        rememberNumbersOnInstance();
        raw = send(signedLooking(HttpRequest.newBuilder(endpoint("/phone-number/claim")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Then("the raw answer has status {int} and error type {string}")
    public void theRawAnswerHasStatusAndType(int status, String errorType) {
        assertThat(raw.statusCode()).isEqualTo(status);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValueSatisfying(v -> assertThat(v).startsWith(errorType));
    }

    @Then("the raw answer carries a request id and a JSON message")
    public void theRawAnswerCarriesRequestIdAndMessage() {
        assertThat(raw.headers().firstValue("x-amzn-RequestId")).hasValueSatisfying(v -> assertThat(v).isNotBlank());
        assertThat(message()).isNotBlank();
    }

    @Then("the raw answer has status {int} and a JSON message")
    public void theRawAnswerHasStatusAndMessage(int status) {
        assertThat(raw.statusCode()).isEqualTo(status);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).isPresent();
        assertThat(message()).isNotBlank();
    }

    @Then("the raw answer has status {int} and a JSON message naming {string}")
    public void theRawAnswerNames(int status, String field) {
        theRawAnswerHasStatusAndMessage(status);
        assertThat(message()).contains(field);
    }

    private String message() {
        try {
            JsonNode body = JSON.readTree(raw.body());
            return body.path("Message").asText(body.path("message").asText(""));
        } catch (IOException e) {
            throw new AssertionError("the error body is not JSON: " + raw.body(), e);
        }
    }

    private URI endpoint(String path) {
        return context.simulatorAdmin().endpoint().resolve(path);
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
