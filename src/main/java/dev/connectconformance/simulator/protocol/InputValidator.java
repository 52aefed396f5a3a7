package dev.connectconformance.simulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks an operation's input against the service model's shapes: required members, JSON types, lengths,
 * ranges, patterns and enums. Messages follow the AWS wording ("Value ... at 'Field' failed to satisfy
 * constraint: ...") and always name the field; values of sensitive shapes are not echoed.
 *
 * <p>Hostile input costs no more than valid input: a length is checked before its pattern, and a value of the
 * wrong length is never matched (the model's patterns recurse per repetition in java.util.regex, so a long alias
 * overflowed the stack); a patterned string the model gives no maximum is held to {@link #UNBOUNDED_PATTERNED_MAX}
 * characters; patterns must match the whole value; integers are compared whole, before anything narrows them.
 */
public final class InputValidator {

    private static final int MAX_ECHOED_VALUE = 64;
    /** The longest value a patterned string without a modelled maximum may have (ARNs, numbers, prefixes). */
    static final int UNBOUNDED_PATTERNED_MAX = 1024;

    private final ServiceModel model;
    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

    public InputValidator(ServiceModel model) {
        this.model = model;
    }

    /** Returns the first problem found, or empty when the input is valid. */
    public Optional<String> firstViolation(String inputShape, JsonNode input) {
        List<String> problems = new ArrayList<>();
        check(inputShape, input, "", problems);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String prefix = problems.size() == 1 ? "1 validation error detected: "
                : problems.size() + " validation errors detected: ";
        return Optional.of(prefix + String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
    }

    private void check(String shapeName, JsonNode value, String path, List<String> problems) {
        JsonNode shape = model.shape(shapeName);
        String type = shape.path("type").asText();
        switch (type) {
            case "structure" -> checkStructure(shape, value, path, problems);
            case "string" -> checkString(shapeName, shape, value, path, problems);
            case "integer", "long" -> checkInteger(type, shape, value, path, problems);
            case "float", "double" -> {
                if (!value.isNumber()) {
                    problems.add(typeMismatch(path, "number"));
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(typeMismatch(path, "boolean"));
                }
            }
            case "timestamp" -> {
                if (!value.isNumber() && !value.isTextual()) {
                    problems.add(typeMismatch(path, "timestamp"));
                }
            }
            case "list" -> checkList(shape, value, path, problems);
            case "map" -> checkMap(shape, value, path, problems);
            default -> {
                // blobs and documents: nothing this slice of the API constrains
            }
        }
    }

    private void checkStructure(JsonNode shape, JsonNode value, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(typeMismatch(path.isEmpty() ? "body" : path, "structure"));
            return;
        }
        for (JsonNode required : shape.path("required")) {
            JsonNode member = value.get(required.asText());
            if (member == null || member.isNull()) {
                problems.add("Value null at '" + join(path, required.asText())
                        + "' failed to satisfy constraint: Member must not be null");
            }
        }
        shape.path("members").fields().forEachRemaining(entry -> {
            JsonNode member = value.get(entry.getKey());
            if (member != null && !member.isNull()) {
                String memberPath = join(path, entry.getKey());
                if (entry.getValue().path("idempotencyToken").asBoolean() && member.isTextual()
                        && member.asText().isEmpty()) {
                    // The model sets no minimum, but an empty token could never tell two requests apart.
                    problems.add(violation("", memberPath, "Member must have length greater than or equal to 1"));
                    return;
                }
                check(entry.getValue().get("shape").asText(), member, memberPath, problems);
            }
        });
    }

    private void checkString(String shapeName, JsonNode shape, JsonNode value, String path, List<String> problems) {
        if (!value.isTextual()) {
            problems.add(typeMismatch(path, "string"));
            return;
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        String shown = shape.path("sensitive").asBoolean() ? "*** Sensitive Data Redacted ***" : echo(text);
        int max = shape.has("max") ? shape.get("max").asInt()
                : shape.has("pattern") ? UNBOUNDED_PATTERNED_MAX : Integer.MAX_VALUE;
        if (shape.has("min") && length < shape.get("min").asInt()) {
            problems.add(violation(shown, path, "Member must have length greater than or equal to "
                    + shape.get("min").asInt()));
            return;
        }
        if (length > max) {
            problems.add(violation(shown, path, "Member must have length less than or equal to " + max));
            return;
        }
        if (shape.has("enum")) {
            boolean known = false;
            for (JsonNode allowed : shape.get("enum")) {
                known |= allowed.asText().equals(text);
            }
            if (!known) {
                problems.add(violation(shown, path, "Member must satisfy enum value set: "
                        + enumList(shape.get("enum"))));
            }
        }
        if (shape.has("pattern")) {
            patternFor(shapeName, shape.get("pattern").asText()).ifPresent(p -> {
                if (!p.matcher(text).matches()) {
                    problems.add(violation(shown, path, "Member must satisfy regular expression pattern: "
                            + p.pattern()));
                }
            });
        }
    }

    private static String enumList(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asText()));
        if (names.size() > 12) {
            return "[" + String.join(", ", names.subList(0, 12)) + ", ...]";
        }
        return names.toString();
    }

    private void checkInteger(String type, JsonNode shape, JsonNode value, String path, List<String> problems) {
        if (!value.isIntegralNumber()) {
            problems.add(typeMismatch(path, "integer"));
            return;
        }
        BigInteger number = value.bigIntegerValue();
        BigInteger min = shape.has("min") ? BigInteger.valueOf(shape.get("min").asLong())
                : BigInteger.valueOf(type.equals("long") ? Long.MIN_VALUE : Integer.MIN_VALUE);
        BigInteger max = shape.has("max") ? BigInteger.valueOf(shape.get("max").asLong())
                : BigInteger.valueOf(type.equals("long") ? Long.MAX_VALUE : Integer.MAX_VALUE);
        String shown = echo(number.toString());
        if (number.compareTo(min) < 0) {
            problems.add(violation(shown, path, "Member must have value greater than or equal to " + min));
        } else if (number.compareTo(max) > 0) {
            problems.add(violation(shown, path, "Member must have value less than or equal to " + max));
        }
    }

    private void checkList(JsonNode shape, JsonNode value, String path, List<String> problems) {
        if (!value.isArray()) {
            problems.add(typeMismatch(path, "list"));
            return;
        }
        if (shape.has("min") && value.size() < shape.get("min").asInt()) {
            problems.add(violation("[...]", path, "Member must have length greater than or equal to "
                    + shape.get("min").asInt()));
        } else if (shape.has("max") && value.size() > shape.get("max").asInt()) {
            problems.add(violation("[...]", path, "Member must have length less than or equal to "
                    + shape.get("max").asInt()));
        }
        String memberShape = shape.at("/member/shape").asText();
        for (int i = 0; i < value.size() && problems.size() < 3; i++) {
            check(memberShape, value.get(i), path + "[" + i + "]", problems);
        }
    }

    private void checkMap(JsonNode shape, JsonNode value, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(typeMismatch(path, "map"));
            return;
        }
        if (shape.has("min") && value.size() < shape.get("min").asInt()) {
            problems.add(violation("{...}", path, "Member must have length greater than or equal to "
                    + shape.get("min").asInt()));
        } else if (shape.has("max") && value.size() > shape.get("max").asInt()) {
            problems.add(violation("{...}", path, "Member must have length less than or equal to "
                    + shape.get("max").asInt()));
        }
        String keyShape = shape.at("/key/shape").asText();
        String valueShape = shape.at("/value/shape").asText();
        value.fields().forEachRemaining(e -> {
            if (problems.size() < 3) {
                check(keyShape, com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()),
                        path + ".key", problems);
                check(valueShape, e.getValue(), path + "." + e.getKey(), problems);
            }
        });
    }

    private Optional<Pattern> patternFor(String shapeName, String modelPattern) {
        return patterns.computeIfAbsent(shapeName, name -> {
            try {
                // The model double-escapes some patterns ("\\\\d" in JSON); the intent is a single escape.
                return Optional.of(Pattern.compile(unwrapped(modelPattern).replace("\\\\", "\\")));
            } catch (PatternSyntaxException unsupported) {
                return Optional.empty();
            }
        });
    }

    /**
     * A few model patterns are written as JavaScript literals ({@code /^...$/}, Password); taken literally they
     * would match nothing, so the slashes are dropped.
     */
    static String unwrapped(String modelPattern) {
        boolean literal = modelPattern.length() > 2 && modelPattern.startsWith("/^") && modelPattern.endsWith("$/");
        return literal ? modelPattern.substring(1, modelPattern.length() - 1) : modelPattern;
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private static String typeMismatch(String path, String expected) {
        return "Value at '" + path + "' failed to satisfy constraint: Member must be of type " + expected;
    }

    private static String violation(String shown, String path, String constraint) {
        return "Value '" + shown + "' at '" + path + "' failed to satisfy constraint: " + constraint;
    }

    private static String echo(String text) {
        return text.length() <= MAX_ECHOED_VALUE ? text : text.substring(0, MAX_ECHOED_VALUE) + "...";
    }
}
