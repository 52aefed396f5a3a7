package dev.connectconformance.simulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gathers an operation's input from where restJson1 puts each member (URI label, query string, header or
 * JSON body) into one JSON object keyed by member name, converting the text of URI, query and header values
 * to the member's modelled type. Type errors are left for {@link InputValidator} to report with the field.
 */
public final class RequestInputReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ServiceModel model;
    private final ObjectReader json;

    /** The body could not be read as a JSON object. */
    public static final class MalformedBodyException extends Exception {
        public MalformedBodyException(String message) {
            super(message, null, false, false);
        }
    }

    public RequestInputReader(ServiceModel model, ObjectMapper json) {
        this.model = model;
        // One JSON object and nothing after it: "{}garbage" and "{}{}" are refused, not read as "{}".
        this.json = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public ObjectNode read(String inputShape, Map<String, String> pathLabels, Map<String, List<String>> query,
                           Function<String, String> header, String body) throws MalformedBodyException {
        ObjectNode input = NODES.objectNode();
        if (inputShape == null) {
            return input;
        }
        JsonNode payload = parseBody(body);
        Iterator<Map.Entry<String, JsonNode>> members = model.shape(inputShape).path("members").fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String name = member.getKey();
            JsonNode spec = member.getValue();
            String wireName = spec.path("locationName").asText(name);
            String memberShape = spec.get("shape").asText();
            switch (spec.path("location").asText("")) {
                case "uri" -> putText(input, name, memberShape, pathLabels.get(wireName));
                case "querystring" -> putQuery(input, name, memberShape, query.get(wireName));
                case "header" -> putText(input, name, memberShape, header.apply(wireName));
                default -> {
                    JsonNode value = payload.get(wireName);
                    if (value != null) {
                        input.set(name, value);
                    }
                }
            }
        }
        return input;
    }

    private JsonNode parseBody(String body) throws MalformedBodyException {
        if (body == null || body.isBlank()) {
            return NODES.objectNode();
        }
        try {
            JsonNode parsed = json.readTree(body);
            if (parsed == null || !parsed.isObject()) {
                throw new MalformedBodyException("The request body must be a JSON object");
            }
            return parsed;
        } catch (MismatchedInputException e) {
            throw new MalformedBodyException("The request body must be one JSON object, with nothing after it");
        } catch (JsonProcessingException e) {
            throw new MalformedBodyException("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private void putQuery(ObjectNode input, String name, String shapeName, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        JsonNode shape = model.shape(shapeName);
        if ("list".equals(shape.path("type").asText())) {
            String elementShape = shape.at("/member/shape").asText();
            ArrayNode array = input.putArray(name);
            values.forEach(v -> array.add(typed(elementShape, v)));
        } else {
            input.set(name, typed(shapeName, values.get(0)));
        }
    }

    private void putText(ObjectNode input, String name, String shapeName, String text) {
        if (text != null) {
            input.set(name, typed(shapeName, text));
        }
    }

    /** Longer than any number a model range admits; such text stays text and fails the type check. */
    private static final int MAX_NUMBER_DIGITS = 40;

    private JsonNode typed(String shapeName, String text) {
        String type = model.shape(shapeName).path("type").asText();
        try {
            return switch (type) {
                // Read whole, never narrowed here: the validator compares the value with the model's range.
                case "integer", "long" -> text.length() > MAX_NUMBER_DIGITS ? NODES.textNode(text)
                        : NODES.numberNode(new BigInteger(text));
                case "boolean" -> text.equals("true") || text.equals("false")
                        ? NODES.booleanNode(Boolean.parseBoolean(text)) : NODES.textNode(text);
                default -> NODES.textNode(text);
            };
        } catch (NumberFormatException notANumber) {
            return NODES.textNode(text);
        }
    }
}
