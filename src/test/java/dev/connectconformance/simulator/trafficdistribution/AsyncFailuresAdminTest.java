package dev.connectconformance.simulator.trafficdistribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.SimulatorTestBase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupStatus;

/**
 * The admin route that arms failures of asynchronous completions, which is what makes TDG-02's failure states
 * (CREATION_FAILED, DELETION_FAILED) observable from the feature suite: POST arms, GET lists, DELETE and reset
 * clear, bad input is a 400.
 */
class AsyncFailuresAdminTest extends SimulatorTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void disarm() {
        simulator.asyncFailures().clear();
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.endpoint() + "/__admin/connect" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    @Test
    void postArmsGetListsAndDeleteClears() throws Exception {
        Answer armed = call("POST", "/async-failures",
                "{\"operation\":\"CreateTrafficDistributionGroup\",\"times\":2}");
        assertThat(armed.status()).isEqualTo(200);
        assertThat(armed.body().at("/asyncFailures/CreateTrafficDistributionGroup").asInt()).isEqualTo(2);

        call("POST", "/async-failures", "{\"operation\":\"DeleteTrafficDistributionGroup\"}");
        Answer listed = call("GET", "/async-failures", null);
        assertThat(listed.body().at("/asyncFailures/DeleteTrafficDistributionGroup").asInt()).isEqualTo(1);
        assertThat(listed.body().at("/asyncFailures/CreateTrafficDistributionGroup").asInt()).isEqualTo(2);

        Answer cleared = call("DELETE", "/async-failures", null);
        assertThat(cleared.body().get("asyncFailures").isEmpty()).isTrue();
    }

    @Test
    void anArmedFailureIsUsedUpByTheCreationItFails() throws Exception {
        String instanceId = replicatedInstance().id();
        call("POST", "/async-failures", "{\"operation\":\"CreateTrafficDistributionGroup\",\"times\":1}");

        CreateTrafficDistributionGroupResponse created = east.createTrafficDistributionGroup(
                b -> b.instanceId(instanceId).name("fails"));
        settle();

        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(created.id()))
                .trafficDistributionGroup().status()).isEqualTo(TrafficDistributionGroupStatus.CREATION_FAILED);
        assertThat(call("GET", "/async-failures", null).body().get("asyncFailures").isEmpty()).isTrue();
    }

    /** Regression: every admin route used to resolve to one path template, so most of them answered 500. */
    @Test
    void eachAdminRouteAnswersWithItsOwnResult() throws Exception {
        assertThat(call("GET", "/clock", null).body().has("now")).isTrue();
        assertThat(call("GET", "/quotas", null).body().has("phoneNumbersPerTarget")).isTrue();
        assertThat(call("GET", "/async-failures", null).body().has("asyncFailures")).isTrue();
    }

    @Test
    void resetClearsArmedFailures() throws Exception {
        call("POST", "/async-failures", "{\"operation\":\"CreateTrafficDistributionGroup\",\"times\":3}");

        assertThat(call("POST", "/reset", null).status()).isEqualTo(200);

        assertThat(simulator.asyncFailures().armed()).isEmpty();
    }

    @Test
    void badInputIsA400AndArmsNothing() throws Exception {
        Answer noOperation = call("POST", "/async-failures", "{\"times\":1}");
        Answer zeroTimes = call("POST", "/async-failures",
                "{\"operation\":\"CreateTrafficDistributionGroup\",\"times\":0}");
        Answer notJson = call("POST", "/async-failures", "{oops");

        assertThat(noOperation.status()).isEqualTo(400);
        assertThat(noOperation.body().get("message").asText()).contains("'operation' is required");
        assertThat(zeroTimes.status()).isEqualTo(400);
        assertThat(zeroTimes.body().get("message").asText()).contains("'times' must be at least 1");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(simulator.asyncFailures().armed()).isEmpty();
    }
}
