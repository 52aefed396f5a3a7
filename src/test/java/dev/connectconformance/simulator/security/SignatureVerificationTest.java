package dev.connectconformance.simulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.hostile.RawSocketHttp;
import dev.connectconformance.simulator.hostile.RawSocketHttp.Answer;
import dev.connectconformance.simulator.security.SignedRequests.Signing;
import dev.connectconformance.simulator.security.SigningCredentials.Key;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ConnectException;

/**
 * Strict signatures, opt-in: with access keys configured the simulator verifies SigV4 as AWS does. The AWS SDK's
 * own requests pass; a wrong secret, an unknown key, a stale or future request, a tampered body, an incomplete
 * Authorization header and a presigned URL past its expiry get AWS's 403s.
 */
class SignatureVerificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "AKIASIMULATOREXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String ACCOUNT = "111122223333";
    private static final String NUMERIC_KEY = "999988887777";
    private static final String NUMERIC_SECRET = "a-second-secret";
    private static final String NUMERIC_KEYS_ACCOUNT = "444455556666";
    private static final String LIST = "{\"InstanceId\":\"00000000-0000-4000-8000-000000000000\",\"MaxResults\":5}";

    private static ConnectSimulator simulator;
    private static SignedRequests raw;

    @BeforeAll
    static void start() {
        simulator = ConnectSimulator.start(SimulatorSettings.defaults().withCredentials(SigningCredentials.of(List.of(
                new Key(KEY, SECRET, ACCOUNT), new Key(NUMERIC_KEY, NUMERIC_SECRET, NUMERIC_KEYS_ACCOUNT)))));
        raw = new SignedRequests(simulator.endpoint());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void theSdksRequestsPassAndActAsTheKeysAccount() throws Exception {
        try (ConnectClient connect = client(KEY, SECRET); ConnectClient numeric = client(NUMERIC_KEY, NUMERIC_SECRET)) {
            String id = connect.createInstance(b -> b.identityManagementType("CONNECT_MANAGED").instanceAlias("signed")
                    .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
            assertThat(connect.listInstances(b -> { }).instanceSummaryList()).anyMatch(i -> i.id().equals(id));
            numeric.createInstance(b -> b.identityManagementType("CONNECT_MANAGED").instanceAlias("numeric")
                    .inboundCallsEnabled(true).outboundCallsEnabled(true));
        }
        String state = simulator.adminClient().state().toString();
        assertThat(state).contains(ACCOUNT).contains(NUMERIC_KEYS_ACCOUNT)
                .as("a listed key acts as its listed account, even when it is 12 digits").doesNotContain(NUMERIC_KEY);
    }

    @Test
    void aWrongSecretIsAnInvalidSignature() {
        try (ConnectClient wrong = client(KEY, "not-the-secret")) {
            assertThatThrownBy(() -> wrong.listInstances(b -> { })).isInstanceOfSatisfying(ConnectException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.getMessage()).contains("The request signature we calculated does not match");
            });
        }
    }

    @Test
    void anUnknownKeyIsAnUnrecognizedClient() {
        try (ConnectClient unknown = client("AKIANOBODYKNOWSTHIS", SECRET)) {
            assertThatThrownBy(() -> unknown.listInstances(b -> { })).isInstanceOfSatisfying(ConnectException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                assertThat(e.getMessage()).contains("The security token included in the request is invalid");
            });
        }
    }

    @Test
    void requestsMoreThanFiveMinutesOffAreRefused() throws Exception {
        Signing signing = Signing.now(KEY, SECRET);
        assertRefused(list(signing.at(Instant.now().minus(Duration.ofMinutes(10)))), "InvalidSignatureException",
                "Signature expired: ", " - 5 min.)");
        assertRefused(list(signing.at(Instant.now().plus(Duration.ofMinutes(10)))), "InvalidSignatureException",
                "Signature not yet current: ", " + 5 min.)");
        assertThat(list(signing.at(Instant.now().minus(Duration.ofMinutes(4)))).statusCode())
                .as("within the allowed skew").isEqualTo(200);
    }

    @Test
    void aBodyOtherThanTheSignedOneIsRefused() throws Exception {
        byte[] signedBody = LIST.getBytes(StandardCharsets.UTF_8);
        byte[] sentBody = LIST.replace("\"MaxResults\":5", "\"MaxResults\":9").getBytes(StandardCharsets.UTF_8);
        assertRefused(raw.send(Signing.now(KEY, SECRET), "POST", "/phone-number/list", json(), signedBody, sentBody),
                "InvalidSignatureException", "does not match", "The Canonical String for this request should have been\n'POST\n/phone-number/list\n",
                "The String-to-Sign should have been");
        assertThat(raw.send(Signing.now(KEY, SECRET), "POST", "/phone-number/list", json(), signedBody, signedBody)
                .statusCode()).as("the untampered request reaches the operation").isEqualTo(404);
    }

    @Test
    void aCompressedBodyIsVerifiedAsItWasSent() throws Exception {
        byte[] compressed = gzip(LIST.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Content-Encoding", "gzip");
        HttpResponse<String> passed = raw.send(Signing.now(KEY, SECRET), "POST", "/phone-number/list", headers,
                compressed, compressed);
        assertThat(passed.statusCode()).as(passed.body()).isEqualTo(404);
        assertThat(passed.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        assertRefused(raw.send(Signing.now(KEY, SECRET), "POST", "/phone-number/list", headers,
                LIST.getBytes(StandardCharsets.UTF_8), compressed), "InvalidSignatureException", "does not match");
    }

    @Test
    void presignedUrlsAreVerifiedUntilTheyExpire() throws Exception {
        Signing presigned = Signing.now(KEY, SECRET).presigned(Duration.ofMinutes(1));
        assertThat(raw.send(presigned, "GET", "/instance", Map.of(), new byte[0], new byte[0]).statusCode())
                .isEqualTo(200);
        assertRefused(raw.send(presigned.at(Instant.now().minus(Duration.ofMinutes(2))), "GET", "/instance", Map.of(),
                new byte[0], new byte[0]), "InvalidSignatureException", "Signature expired: ");
        assertRefused(raw.send(new Signing(KEY, "wrong", Instant.now(), Duration.ofMinutes(1)), "GET", "/instance",
                Map.of(), new byte[0], new byte[0]), "InvalidSignatureException", "does not match");
    }

    @Test
    void anIncompleteOrMisscopedAuthorizationIsRefused() throws Exception {
        RawConnectHttp plain = new RawConnectHttp(simulator.endpoint());
        HttpResponse<String> incomplete = plain.send("GET", "/instance", null, RawConnectHttp.authorization(KEY,
                "us-east-1").replace(", Signature=00", ""));
        assertRefused(incomplete, "IncompleteSignatureException", "requires 'Signature' parameter");
        String otherService = RawConnectHttp.authorization(KEY, "us-east-1").replace("/connect/", "/s3/");
        Answer misscoped = new RawSocketHttp(simulator.port()).send("GET", "/instance", Map.of("Authorization",
                otherService, "X-Amz-Date", DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .format(ZonedDateTime.now(ZoneOffset.UTC))), null);
        assertThat(misscoped.status()).isEqualTo(403);
        assertThat(misscoped.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(misscoped.body()).contains("Credential should be scoped to correct service: 'connect'.");
    }

    @Test
    void aMismatchOverHeadersTheSdkNeverSignsSaysSo() {
        String date = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC));
        String authorization = "AWS4-HMAC-SHA256 Credential=" + KEY + "/" + date.substring(0, 8)
                + "/us-east-1/connect/aws4_request, SignedHeaders=host;user-agent;x-amz-date, Signature=" + "0".repeat(64);
        Answer answer = new RawSocketHttp(simulator.port()).send("GET", "/instance", Map.of("Authorization",
                authorization, "X-Amz-Date", date, "User-Agent", "signs-its-user-agent/1.0"), null);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(answer.body()).contains("signs 'host;x-amz-date' of the headers this request lists as signed")
                .contains("never signs user-agent");
    }

    // ---- helpers ----

    private static HttpResponse<String> list(Signing signing) throws IOException, InterruptedException {
        return raw.send(signing, "GET", "/instance", Map.of(), new byte[0], new byte[0]);
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    private static void assertRefused(HttpResponse<String> answer, String code, String... messageParts)
            throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue(code);
        String message = JSON.readTree(answer.body()).path("Message").asText();
        for (String part : messageParts) {
            assertThat(message).contains(part);
        }
    }

    private static ConnectClient client(String accessKeyId, String secret) {
        return ConnectClient.builder().endpointOverride(simulator.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD)).build();
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        }
        return out.toByteArray();
    }
}
