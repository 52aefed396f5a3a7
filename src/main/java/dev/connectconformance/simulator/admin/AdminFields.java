package dev.connectconformance.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;

/**
 * Reads the fields of an admin request body, with the messages the routes answer in a 400: a required text, a
 * whole number within bounds, an optional text. Lenient about types where the routes always were (a number where
 * a text is expected is read as its text).
 */
final class AdminFields {

    private AdminFields() {
    }

    static String required(JsonNode body, String field) {
        if (!body.hasNonNull(field) || body.get(field).asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return body.get(field).asText();
    }

    static int requiredInt(JsonNode body, String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + field + "' is required and must be a whole number");
        }
        BigInteger number = value.bigIntegerValue();
        if (number.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new IllegalArgumentException("'" + field + "' "
                    + (min == 0 ? "cannot be negative" : "must be at least " + min));
        }
        if (number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException("'" + field + "' must be at most " + max);
        }
        return number.intValueExact();
    }

    /** The field's text, or null when it is absent or null. */
    static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }
}
