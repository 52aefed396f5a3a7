package dev.connectconformance.simulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks what an operation answered against the output the service model promises (ERR-03): a success body
 * against the operation's output shape (members known, required members present, enums, string lengths and
 * patterns, list and map sizes, number ranges, nested structures, timestamps as restJson1 writes them), and an
 * error against its exception shape (the status the model gives the code, the {@code x-amzn-ErrorType} header,
 * the body's members). It reports every violation rather than the first, so a test can list them all.
 *
 * <p>Paths name list elements by index ({@code PhoneNumberSummaryList[3].PhoneNumberArn});
 * {@link Violation#key()} drops the indices, so the same fault in every element of a page is one known problem.
 */
public final class ResponseBodyValidator {

    /** Strings longer than this are not matched against a pattern (the model's patterns recurse per character). */
    private static final int LONGEST_PATTERN_MATCH = 4096;
    private static final int ECHOED = 80;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceModel model;
    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

    public ResponseBodyValidator(ServiceModel model) {
        this.model = model;
    }

    /**
     * One way an answer breaks the model.
     *
     * @param operation  the modelled operation
     * @param path       where: member names from the body's root, list elements by index ("" is the body itself)
     * @param constraint what the model demands, e.g. "length <= 255" or "member of the output shape"
     * @param value      what was there (sensitive values redacted, long ones shortened)
     */
    public record Violation(String operation, String path, String constraint, String value) {

        /** The same fault wherever it recurs: operation, path without list indices, constraint. */
        public String key() {
            return operation + " " + path.replaceAll("\\[\\d+]", "[]") + ": " + constraint;
        }

        @Override
        public String toString() {
            return operation + " " + (path.isEmpty() ? "(body)" : path) + ": " + constraint + ", was " + value;
        }
    }

    /** Violations of a 2xx answer's body; an operation without an output shape must answer nothing or {}. */
    public List<Violation> checkSuccess(String operation, String body) {
        List<Violation> violations = new ArrayList<>();
        Optional<String> output = model.outputShape(operation);
        if (body == null || body.isBlank()) {
            output.filter(this::hasRequiredMembers).ifPresent(shape ->
                    violations.add(new Violation(operation, "", "a body of shape " + shape, "no body")));
            return violations;
        }
        Optional<JsonNode> json = parse(body);
        if (json.isEmpty()) {
            violations.add(new Violation(operation, "", "a JSON body", echo(body)));
            return violations;
        }
        if (output.isEmpty()) {
            if (!json.get().isObject() || !json.get().isEmpty()) {
                violations.add(new Violation(operation, "", "no body or {} (the model has no output)",
                        echo(body)));
            }
            return violations;
        }
        new Walk(operation, violations).value(output.get(), json.get(), "");
        return violations;
    }

    /**
     * Violations of an error answer: its code (the {@code x-amzn-ErrorType} header, up to any ':') must be an
     * exception shape of the model, the status the one the model gives it, the body a JSON object of that shape.
     * Codes the model does not know (a 501 for an unsimulated operation, a 404 for an unknown path) are not the
     * model's to judge: no violations.
     */
    public List<Violation> checkError(String operation, int status, String errorTypeHeader, String body) {
        List<Violation> violations = new ArrayList<>();
        if (errorTypeHeader == null || errorTypeHeader.isBlank()) {
            violations.add(new Violation(operation, "(header x-amzn-ErrorType)", "present on an error",
                    "absent (status " + status + ")"));
            return violations;
        }
        String code = errorTypeHeader.split(":", 2)[0].trim();
        if (!model.isErrorCode(code)) {
            return violations;
        }
        int modelled = model.errorStatus(code);
        if (modelled != status) {
            violations.add(new Violation(operation, "(status of " + code + ")", "HTTP " + modelled,
                    "HTTP " + status));
        }
        Optional<JsonNode> json = body == null || body.isBlank() ? Optional.empty() : parse(body);
        if (json.isEmpty() || !json.get().isObject()) {
            violations.add(new Violation(operation, "(body of " + code + ")", "a JSON object", echo(body)));
            return violations;
        }
        new Walk(operation, violations).value(code, json.get(), "");
        return violations;
    }

    private boolean hasRequiredMembers(String shape) {
        return !model.shape(shape).path("required").isEmpty();
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            return Optional.of(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** One answer's walk through its shape, adding to one list. */
    private final class Walk {

        private final String operation;
        private final List<Violation> violations;

        Walk(String operation, List<Violation> violations) {
            this.operation = operation;
            this.violations = violations;
        }

        private void add(String path, String constraint, String value) {
            violations.add(new Violation(operation, path, constraint, value));
        }

        void value(String shapeName, JsonNode value, String path) {
            JsonNode shape = model.shape(shapeName);
            switch (shape.path("type").asText()) {
                case "structure" -> structure(shape, value, path);
                case "string" -> string(shapeName, shape, value, path);
                case "integer", "long" -> integer(shape, value, path);
                case "float", "double" -> {
                    if (!value.isNumber()) {
                        add(path, "a number", echo(value.toString()));
                    } else {
                        range(shape, value.asDouble(), path);
                    }
                }
                case "boolean" -> {
                    if (!value.isBoolean()) {
                        add(path, "a boolean", echo(value.toString()));
                    }
                }
                case "timestamp" -> timestamp(shape, value, path);
                case "blob" -> {
                    if (!value.isTextual()) {
                        add(path, "a base64 string", echo(value.toString()));
                    }
                }
                case "list" -> list(shape, value, path);
                case "map" -> map(shape, value, path);
                default -> {
                    // documents hold any JSON
                }
            }
        }

        private void structure(JsonNode shape, JsonNode value, String path) {
            if (!value.isObject()) {
                add(path, "an object", echo(value.toString()));
                return;
            }
            JsonNode members = shape.path("members");
            for (JsonNode required : shape.path("required")) {
                JsonNode member = members.path(required.asText());
                JsonNode present = value.get(wireName(required.asText(), member));
                if (present == null || present.isNull()) {
                    add(join(path, required.asText()), "required", "absent");
                }
            }
            int set = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Optional<Map.Entry<String, JsonNode>> member = memberByWireName(members, field.getKey());
                String memberPath = join(path, field.getKey());
                if (member.isEmpty()) {
                    add(memberPath, "a member of " + shapeNameOrUnion(shape), echo(field.getValue().toString()));
                    continue;
                }
                String location = member.get().getValue().path("location").asText("");
                if (!location.isEmpty()) {
                    add(memberPath, "in the " + location + ", not the body", echo(field.getValue().toString()));
                    continue;
                }
                if (!field.getValue().isNull()) {
                    set++;
                    value(member.get().getValue().path("shape").asText(), field.getValue(), memberPath);
                }
            }
            if (shape.path("union").asBoolean() && set != 1) {
                add(path, "exactly one member set (a union)", set + " set");
            }
        }

        private String shapeNameOrUnion(JsonNode shape) {
            return shape.path("union").asBoolean() ? "the union" : "the shape";
        }

        private void string(String shapeName, JsonNode shape, JsonNode value, String path) {
            if (!value.isTextual()) {
                add(path, "a string", echo(value.toString()));
                return;
            }
            String text = value.asText();
            boolean sensitive = shape.path("sensitive").asBoolean();
            int length = text.codePointCount(0, text.length());
            String shown = sensitive ? "(sensitive, " + length + " characters)"
                    : echo(text) + (text.length() > ECHOED ? " (" + length + " characters)" : "");
            if (shape.has("min") && length < shape.get("min").asInt()) {
                add(path, "length >= " + shape.get("min").asInt(), length + " characters: " + shown);
            }
            if (shape.has("max") && length > shape.get("max").asInt()) {
                add(path, "length <= " + shape.get("max").asInt(), length + " characters: " + shown);
            }
            if (shape.has("enum")) {
                boolean known = false;
                for (JsonNode allowed : shape.get("enum")) {
                    known |= allowed.asText().equals(text);
                }
                if (!known) {
                    add(path, "one of " + shapeName + " " + shape.get("enum"), shown);
                }
            }
            if (shape.has("pattern") && text.length() <= LONGEST_PATTERN_MATCH) {
                pattern(shapeName, shape.get("pattern").asText()).ifPresent(p -> {
                    if (!p.matcher(text).matches()) {
                        add(path, "pattern " + shape.get("pattern").asText(), shown);
                    }
                });
            }
        }

        private void integer(JsonNode shape, JsonNode value, String path) {
            if (!value.isIntegralNumber()) {
                add(path, "a whole number", echo(value.toString()));
                return;
            }
            range(shape, value.asDouble(), path);
        }

        private void range(JsonNode shape, double number, String path) {
            if (shape.has("min") && number < shape.get("min").asDouble()) {
                add(path, "value >= " + shape.get("min").asText(), String.valueOf(number));
            }
            if (shape.has("max") && number > shape.get("max").asDouble()) {
                add(path, "value <= " + shape.get("max").asText(), String.valueOf(number));
            }
        }

        /** restJson1 writes timestamps as epoch seconds unless the shape names another format. */
        private void timestamp(JsonNode shape, JsonNode value, String path) {
            String format = shape.path("timestampFormat").asText("unixTimestamp");
            switch (format) {
                case "iso8601" -> {
                    if (!value.isTextual() || !parses(value.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)) {
                        add(path, "an ISO 8601 timestamp string", echo(value.toString()));
                    }
                }
                case "rfc822" -> {
                    if (!value.isTextual() || !parses(value.asText(), DateTimeFormatter.RFC_1123_DATE_TIME)) {
                        add(path, "an RFC 822 timestamp string", echo(value.toString()));
                    }
                }
                default -> {
                    if (!value.isNumber()) {
                        add(path, "epoch seconds (a number)", echo(value.toString()));
                    }
                }
            }
        }

        private static boolean parses(String text, DateTimeFormatter format) {
            try {
                if (format == DateTimeFormatter.RFC_1123_DATE_TIME) {
                    ZonedDateTime.parse(text, format);
                } else {
                    OffsetDateTime.parse(text, format);
                }
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        private void list(JsonNode shape, JsonNode value, String path) {
            if (!value.isArray()) {
                add(path, "a list", echo(value.toString()));
                return;
            }
            size(shape, value.size(), path);
            String member = shape.at("/member/shape").asText();
            for (int i = 0; i < value.size(); i++) {
                value(member, value.get(i), path + "[" + i + "]");
            }
        }

        private void map(JsonNode shape, JsonNode value, String path) {
            if (!value.isObject()) {
                add(path, "a map (object)", echo(value.toString()));
                return;
            }
            size(shape, value.size(), path);
            String keyShape = shape.at("/key/shape").asText();
            String valueShape = shape.at("/value/shape").asText();
            value.fields().forEachRemaining(entry -> {
                value(keyShape, com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getKey()),
                        path + "{key}");
                value(valueShape, entry.getValue(), path + "{" + entry.getKey() + "}");
            });
        }

        private void size(JsonNode shape, int size, String path) {
            if (shape.has("min") && size < shape.get("min").asInt()) {
                add(path, "size >= " + shape.get("min").asInt(), size + " entries");
            }
            if (shape.has("max") && size > shape.get("max").asInt()) {
                add(path, "size <= " + shape.get("max").asInt(), size + " entries");
            }
        }
    }

    /** A body member's name on the wire: its locationName when the model gives one, else the member name. */
    private static String wireName(String memberName, JsonNode member) {
        return member.path("locationName").asText(memberName);
    }

    private static Optional<Map.Entry<String, JsonNode>> memberByWireName(JsonNode members, String wire) {
        for (Iterator<Map.Entry<String, JsonNode>> it = members.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (wireName(member.getKey(), member.getValue()).equals(wire)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    private Optional<Pattern> pattern(String shapeName, String modelPattern) {
        return patterns.computeIfAbsent(shapeName, name -> {
            try {
                // as InputValidator reads them: the model double-escapes some patterns
                return Optional.of(Pattern.compile(modelPattern.replace("\\\\", "\\")));
            } catch (PatternSyntaxException unsupported) {
                return Optional.empty();
            }
        });
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private static String echo(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= ECHOED ? text : text.substring(0, ECHOED) + "...";
    }
}
