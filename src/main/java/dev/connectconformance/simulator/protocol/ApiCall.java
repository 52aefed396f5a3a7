package dev.connectconformance.simulator.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One HTTP request to the Connect API, independent of the server that received it. */
public record ApiCall(String method, String rawPath, Map<String, List<String>> query,
                      Function<String, String> header, byte[] body) {

    /** Splits a raw request URI into its path and its percent-decoded query parameters. */
    public static ApiCall of(String method, String rawUri, Function<String, String> header, byte[] body) {
        int q = rawUri.indexOf('?');
        String path = q >= 0 ? rawUri.substring(0, q) : rawUri;
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : rawUri.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = PercentDecoding.decode(eq >= 0 ? pair.substring(0, eq) : pair);
                String value = eq >= 0 ? PercentDecoding.decode(pair.substring(eq + 1)) : "";
                query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return new ApiCall(method, path, query, header, body == null ? new byte[0] : body);
    }

    public String firstQueryValue(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
