package dev.connectconformance.simulator.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.standalone.AwsCli.Result;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged simulator's lifecycle and opt-in signatures: SIGTERM answers the request in flight and exits 0,
 * {@code POST /__admin/shutdown} ends the whole process (it used to leave the JVM running with its port closed),
 * and with {@code --credentials} the AWS CLI's own SigV4 signatures (botocore, not the Java SDK) are verified.
 */
class StandaloneLifecycleIT {

    private static final String ACCOUNT = "111122223333";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void sigtermAnswersTheRequestInFlightThenExitsZero() throws Exception {
        StandaloneSimulatorProcess simulator = StandaloneSimulatorProcess.start("--port", "0");
        try {
            RawConnectHttp raw = new RawConnectHttp(simulator.endpoint());
            // One delayed call. The latency must outlast the start of the stop and end within the stop's 10 s for
            // requests in flight: 5 s leaves room on both sides.
            assertThat(raw.send("POST", "/__admin/connect/faults",
                    "{\"operation\":\"ListInstances\",\"latency\":\"5s\",\"times\":1}", null).statusCode())
                    .isEqualTo(200);
            CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(HttpRequest.newBuilder(simulator.endpoint().resolve("/instance"))
                            .header("Authorization", RawConnectHttp.authorization(ACCOUNT, "us-east-1")).build(),
                            HttpResponse.BodyHandlers.ofString());
            // The call has arrived once it has used up the fault (a used-up fault is no longer listed).
            await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(
                    raw.send("GET", "/__admin/connect/faults", null, null).body()).path("faults").isEmpty());

            simulator.terminate();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThatThrownBy(
                    () -> new Socket("127.0.0.1", simulator.endpoint().getPort()).close())
                    .as("no new connection once stopping").isInstanceOf(ConnectException.class));
            assertThat(inFlight).as("the call in flight, when the port closed").isNotDone();
            int exit = simulator.awaitExit(30);
            HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
            // Answered after the stop had begun, with the whole answer: the stop waited for it.
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("InstanceSummaryList");
            assertThat(exit).isZero();
            assertThat(simulator.output()).anyMatch(line -> line.contains("connect-simulator stopped"));
        } finally {
            simulator.close();
        }
    }

    @Test
    void adminShutdownEndsTheWholeProcess() throws Exception {
        StandaloneSimulatorProcess simulator = StandaloneSimulatorProcess.start("--port", "0");
        try {
            assertThat(new RawConnectHttp(simulator.endpoint()).send("POST", "/__admin/shutdown", null, null)
                    .statusCode()).isEqualTo(200);
            assertThat(simulator.awaitExit(15)).isZero();
        } finally {
            simulator.close();
        }
    }

    @Test
    void theAwsCliSignaturesAreVerifiedWithCredentials() throws Exception {
        Path keys = Files.writeString(dir.resolve("keys.txt"),
                "# the CLI's key\nAKIACLIEXAMPLE000001  cli/secret+value/0123456789  " + ACCOUNT + "\n");
        try (StandaloneSimulatorProcess simulator = StandaloneSimulatorProcess.start("--port", "0",
                "--credentials", keys.toString())) {
            assertThat(simulator.output()).noneMatch(line -> line.contains("cli/secret"));
            AwsCli cli = new AwsCli(simulator.endpoint(), "AKIACLIEXAMPLE000001", "cli/secret+value/0123456789");
            Result created = cli.run("us-east-1", "connect", "create-instance", "--identity-management-type",
                    "CONNECT_MANAGED", "--instance-alias", "signed-by-botocore", "--inbound-calls-enabled",
                    "--outbound-calls-enabled");
            assertThat(created.exitCode()).as(created.stderr()).isZero();
            String id = created.json().get("Id").asText();
            Result listed = cli.run("us-east-1", "connect", "list-instances");
            assertThat(listed.exitCode()).as(listed.stderr()).isZero();
            assertThat(listed.stdout()).contains(id);

            Result wrongSecret = new AwsCli(simulator.endpoint(), "AKIACLIEXAMPLE000001", "not-the-secret")
                    .run("us-east-1", "connect", "list-instances");
            assertThat(wrongSecret.exitCode()).isNotZero();
            assertThat(wrongSecret.stderr()).contains("(InvalidSignatureException)")
                    .contains("signature we calculated does not match");
            Result unknownKey = new AwsCli(simulator.endpoint(), "AKIANOBODY0000000000", "whatever")
                    .run("us-east-1", "connect", "list-instances");
            assertThat(unknownKey.stderr()).contains("(UnrecognizedClientException)");
        }
    }
}
