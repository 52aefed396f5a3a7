package dev.connectconformance.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Plain HTTP calls to a simulator, for checks an SDK would hide (headers, status, body, malformed input).
 * The Authorization header carries only the SigV4 credential scope the simulator reads; nothing is signed.
 */
public final class RawConnectHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    public RawConnectHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    public static String authorization(String accessKeyId, String region) {
        String date = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        return "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + date + "/" + region
                + "/connect/aws4_request, SignedHeaders=host;x-amz-date, Signature=00";
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("simulator unreachable at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
