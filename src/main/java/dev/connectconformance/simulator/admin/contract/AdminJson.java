package dev.connectconformance.simulator.admin.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Writes and reads the admin records: compact JSON, times and durations as ISO-8601 text ({@code
 * 2026-01-01T00:00:00Z}, {@code PT0.2S}), fields a record does not know ignored (an older client reads a newer
 * server's answer). Nulls are written unless a record leaves them out ({@code @JsonInclude}).
 */
public final class AdminJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule("times-as-text")
                    .addSerializer(Instant.class, asText())
                    .addDeserializer(Instant.class, parsed(Instant::parse))
                    .addSerializer(Duration.class, asText())
                    .addDeserializer(Duration.class, parsed(Duration::parse)))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AdminJson() {
    }

    /** A record as the JSON text a route answers or a client sends. */
    public static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an admin record could not be written: " + value, e);
        }
    }

    public static byte[] bytes(Object value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    /** A body as JSON; an empty or blank body is an empty object. Not JSON: an {@link IOException}. */
    public static JsonNode tree(String text) throws IOException {
        return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    }

    /** An answer read as the record it is. */
    public static <T> T read(JsonNode json, Class<T> type) {
        try {
            return JSON.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a " + type.getSimpleName() + ": " + json, e);
        }
    }

    private static <T> JsonSerializer<T> asText() {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(value.toString());
            }
        };
    }

    private static <T> JsonDeserializer<T> parsed(Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return parse.apply(parser.getValueAsString());
            }
        };
    }
}
