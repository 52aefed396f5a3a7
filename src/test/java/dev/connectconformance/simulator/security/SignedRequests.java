package dev.connectconformance.simulator.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests signed here with the SDK's signer at a chosen time (or presigned), then sent as they are, or with the
 * body swapped: what a client with a skewed clock or a signing bug would send.
 */
final class SignedRequests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;

    SignedRequests(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** How to sign: key, secret, signing time, and an expiry for a presigned URL (null: an Authorization header). */
    record Signing(String accessKeyId, String secret, Instant at, Duration presignedFor) {
        static Signing now(String accessKeyId, String secret) {
            return new Signing(accessKeyId, secret, Instant.now(), null);
        }

        Signing at(Instant time) {
            return new Signing(accessKeyId, secret, time, presignedFor);
        }

        Signing presigned(Duration expiry) {
            return new Signing(accessKeyId, secret, at, expiry);
        }
    }

    /** Signs {@code signedBody} and sends {@code sentBody} (the same unless a tampering is being played). */
    HttpResponse<String> send(Signing signing, String method, String path, Map<String, String> headers,
                              byte[] signedBody, byte[] sentBody) throws IOException, InterruptedException {
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(endpoint.resolve(path));
        headers.forEach(unsigned::putHeader);
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(AwsCredentialsIdentity.create(signing.accessKeyId(), signing.secret()))
                    .request(unsigned.build())
                    .payload(ContentStreamProvider.fromByteArray(signedBody))
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "connect")
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signing.at(), ZoneOffset.UTC));
            if (signing.presignedFor() != null) {
                r.putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, signing.presignedFor());
            }
        }).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(signed.getUri()).method(method,
                sentBody.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(sentBody));
        // Host and Content-Length are the client's to set; they carry the same values the signer saw.
        signed.forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
