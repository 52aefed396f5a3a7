package dev.connectconformance.simulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.hostile.RawSocketHttp.Answer;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests of the simulator's edge: one simulator per class with default settings on loopback, a raw-socket client
 * (to send what java.net.http would refuse or normalise: a Host, an Origin, broken framing), and the check that an
 * answer is an AWS-shaped error.
 */
public abstract class EdgeTestBase {

    protected static final String ACCOUNT = "313131313131";
    private static final ObjectMapper JSON = new ObjectMapper();

    protected static ConnectSimulator simulator;
    protected static RawSocketHttp http;
    /** A credential scope for {@link #ACCOUNT} in us-east-1, as the simulator reads it (nothing is signed). */
    protected static String authorization;

    @BeforeAll
    static void startSimulator() {
        simulator = ConnectSimulator.start(SimulatorSettings.defaults());
        http = new RawSocketHttp(simulator.port());
        authorization = RawConnectHttp.authorization(ACCOUNT, "us-east-1");
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    /** Status, x-amzn-ErrorType, a request id, and a JSON Message containing {@code messagePart}. */
    public static void assertAwsError(Answer answer, int status, String errorType, String messagePart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo(errorType);
        assertThat(answer.header("x-amzn-RequestId")).isNotBlank();
        assertThat(message(answer)).contains(messagePart);
    }

    public static String message(Answer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body.path("Message").asText(null);
        } catch (IOException notJson) {
            throw new AssertionError("not a JSON body: " + answer.body(), notJson);
        }
    }
}
