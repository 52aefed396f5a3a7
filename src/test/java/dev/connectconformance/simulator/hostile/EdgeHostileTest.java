package dev.connectconformance.simulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.hostile.RawSocketHttp.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * What Jetty or WireMock used to answer with a 200, an HTML page or a Java exception name: CONNECT, broken
 * framing, bodies shorter than they claim, bodies compressed without saying so or not compressed as they say.
 * Every answer here is an AWS-shaped 4xx (or, for a failure inside, a 500) and the simulator keeps answering.
 */
class EdgeHostileTest extends EdgeTestBase {

    private static final String LIST = "{\"InstanceId\":\"00000000-0000-4000-8000-000000000000\",\"MaxResults\":5}";

    @Test
    void connectIsRefusedNotAnsweredWith200() {
        Answer answer = http.exchange(("CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), null);
        assertAwsError(answer, 400, "InvalidRequestException", "CONNECT is not supported");
    }

    @Test
    void aBadChunkSizeIsA400() {
        Answer answer = http.exchange(head("Transfer-Encoding: chunked"),
                "zz\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("InvalidRequestException");
        assertThat(message(answer)).isNotBlank().doesNotContain("Exception:");
        assertStillAnswering();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsA400() {
        Answer answer = http.exchange(head("Content-Length: 500"), "{\"MaxResults\":".getBytes(StandardCharsets.UTF_8),
                true);
        assertAwsError(answer, 400, "InvalidRequestException", "ended before its declared length");
        assertStillAnswering();
    }

    @Test
    void gzipMagicWithoutContentEncodingIsNotInflated() throws IOException {
        byte[] compressed = gzip(LIST.getBytes(StandardCharsets.UTF_8));
        Answer answer = send(Map.of(), compressed);
        assertAwsError(answer, 400, "InvalidRequestException", "Content-Encoding does not say so");
    }

    @Test
    void aGzipBodyWithContentEncodingIsDecoded() throws IOException {
        Answer answer = send(Map.of("Content-Encoding", "gzip"), gzip(LIST.getBytes(StandardCharsets.UTF_8)));
        // The decoded body reached the operation: the instance is unknown, which only reading it tells.
        assertAwsError(answer, 404, "ResourceNotFoundException", "00000000-0000-4000-8000-000000000000");
    }

    @Test
    void garbageAfterTheGzipMagicIsA400() {
        byte[] garbage = {0x1f, (byte) 0x8b, 8, 0, 'n', 'o', 't', ' ', 'g', 'z', 'i', 'p', 0, 0, 0};
        assertAwsError(send(Map.of("Content-Encoding", "gzip"), garbage), 400, "InvalidRequestException",
                "not valid gzip");
        assertAwsError(send(Map.of(), garbage), 400, "InvalidRequestException", "gzip-compressed");
    }

    @Test
    void gzipInsideGzipIsNotInflatedTwice() throws IOException {
        byte[] twice = gzip(gzip(LIST.getBytes(StandardCharsets.UTF_8)));
        assertAwsError(send(Map.of("Content-Encoding", "gzip"), twice), 400, "InvalidRequestException", "inside gzip");
    }

    @Test
    void anEncodingTheSimulatorDoesNotDecodeIsA415() {
        assertAwsError(send(Map.of("Content-Encoding", "br"), LIST.getBytes(StandardCharsets.UTF_8)), 415,
                "InvalidRequestException", "Content-Encoding 'br' is not supported");
    }

    @Test
    void aFailureInsideWireMockIsAnAwsShaped500() {
        // WireMock looks the form charset up by name while wrapping the request, before any filter runs.
        Answer answer = send(Map.of("Content-Type", "application/x-www-form-urlencoded; charset=no-such-charset"),
                "a=b".getBytes(StandardCharsets.UTF_8));
        assertAwsError(answer, 500, "InternalServiceException", "failed to process the request");
        assertThat(answer.body()).doesNotContain("at com.").doesNotContain("<html");
        assertStillAnswering();
    }

    @Test
    void wireMocksFileServingIsUnreachable() {
        Answer answer = http.send("GET", "/__files/index.json", Map.of("Authorization", authorization), null);
        assertAwsError(answer, 404, "UnknownOperationException", "/__files/index.json");
        Answer encoded = http.send("GET", "/%5F%5Ffiles/x", Map.of("Authorization", authorization), null);
        assertThat(encoded.status()).isEqualTo(404);
        assertThat(encoded.header("x-amzn-ErrorType")).isEqualTo("UnknownOperationException");
    }

    @Test
    void aClientThatExpects100ContinueGetsItAndThenItsAnswer() throws IOException {
        byte[] body = LIST.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(head("Content-Length: " + body.length + "\r\nExpect: 100-continue"));
            byte[] interim = new byte[25];
            int read = socket.getInputStream().readNBytes(interim, 0, interim.length);
            assertThat(new String(interim, 0, read, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 100 Continue");
            socket.getOutputStream().write(body);
            Answer answer = RawSocketHttp.parse(socket.getInputStream().readAllBytes());
            assertAwsError(answer, 404, "ResourceNotFoundException", "00000000-0000-4000-8000-000000000000");
        }
    }

    // ---- helpers ----

    private static Answer send(Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("Authorization", authorization,
                "Content-Type", "application/x-amz-json-1.1"));
        all.putAll(headers);
        return http.send("POST", "/phone-number/list", all, body);
    }

    private static byte[] head(String framing) {
        return ("POST /phone-number/list HTTP/1.1\r\nHost: 127.0.0.1:" + simulator.port() + "\r\n"
                + "Authorization: " + authorization + "\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\n" + framing + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        }
        return out.toByteArray();
    }

    private static void assertStillAnswering() {
        Answer healthy = send(Map.of(), LIST.getBytes(StandardCharsets.UTF_8));
        assertThat(healthy.status()).as("a valid request still answered").isEqualTo(404);
        assertThat(healthy.header("x-amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
    }
}
