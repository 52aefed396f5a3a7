package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * Reading and writing the state document as JSON: timestamps as ISO-8601 text, nulls and empty collections
 * left out, unknown fields refused (a misspelt field is a mistake worth naming, not something to ignore).
 */
public final class StateFormat {

    private static final ObjectMapper JSON = mapper();

    private StateFormat() {
    }

    private static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("instants-as-text")
                .addSerializer(Instant.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(Instant value, JsonGenerator json, SerializerProvider provider)
                            throws IOException {
                        json.writeString(value.toString());
                    }
                })
                .addDeserializer(Instant.class, new JsonDeserializer<>() {
                    @Override
                    public Instant deserialize(JsonParser parser, DeserializationContext context)
                            throws IOException {
                        String text = parser.getValueAsString();
                        try {
                            return Instant.parse(text);
                        } catch (DateTimeParseException | NullPointerException e) {
                            throw JsonMappingException.from(parser, "'" + text + "' is not an ISO-8601 UTC time "
                                    + "such as 2025-01-31T12:00:00Z");
                        }
                    }
                });
        return new ObjectMapper().registerModule(time)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** The mapper, for writers that stream a document piece by piece. */
    static ObjectMapper json() {
        return JSON;
    }

    /** Parses a document; the exception names the field that does not fit the format. Not yet validated. */
    public static StateDocument read(InputStream in) {
        try {
            StateDocument document = JSON.readValue(in, StateDocument.class);
            if (document == null) {
                throw new StateFileException("the state document is empty");
            }
            return document;
        } catch (JsonMappingException e) {
            throw new StateFileException("the state document does not fit the format at "
                    + path(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (JsonProcessingException e) {
            throw new StateFileException("the state document is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new StateFileException("the state document could not be read: " + e.getMessage(), e);
        }
    }

    public static StateDocument read(byte[] bytes) {
        return read(new java.io.ByteArrayInputStream(bytes));
    }

    /** Writes a whole document, indented for people who read it. */
    public static void write(StateDocument document, OutputStream out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, document);
    }

    public static byte[] bytes(StateDocument document) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a state document could not be written", e);
        }
    }

    /** The JSON path of a mapping error: {@code accounts.123456789012.phoneNumbers[2].status}. */
    private static String path(JsonMappingException e) {
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining());
        return path.isEmpty() ? "the top level" : path.substring(1);
    }
}
