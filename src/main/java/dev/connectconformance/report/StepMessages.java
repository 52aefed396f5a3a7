package dev.connectconformance.report;

import io.cucumber.messages.types.Exception;
import io.cucumber.messages.types.TestStepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a step result's exception or stack trace into the short message a reader of the page needs. */
final class StepMessages {

    /** Exceptions whose class name adds nothing: the message alone says it (skip reasons, assertions). */
    private static final Pattern SELF_EXPLAINING = Pattern.compile(
            "(org\\.opentest4j\\.\\w+|java\\.lang\\.AssertionError|org\\.junit\\.AssumptionViolatedException"
                    + "|io\\.cucumber\\.java\\.PendingException|org\\.assertj\\.core\\.\\S+)");
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more)");

    private StepMessages() {
    }

    static Optional<String> summarize(TestStepResult result) {
        Optional<Exception> exception = result.getException();
        if (exception.isPresent()) {
            String type = exception.get().getType();
            Optional<String> message = exception.get().getMessage().map(String::strip).filter(m -> !m.isEmpty());
            if (message.isPresent()) {
                return Optional.of(withType(type, message.get()));
            }
            if (!type.isEmpty() && result.getMessage().isEmpty()) {
                return Optional.of(type);
            }
        }
        return result.getMessage().filter(m -> !m.isBlank()).map(StepMessages::withoutStackTrace);
    }

    private static String withType(String type, String message) {
        if (type.isEmpty() || SELF_EXPLAINING.matcher(type).matches()) {
            return message;
        }
        return simpleName(type) + ": " + message;
    }

    /** A Java stack trace as message: keep the exception line(s), drop the frames. */
    static String withoutStackTrace(String message) {
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            if (STACK_FRAME.matcher(line).find()) {
                break;
            }
            kept.add(line);
        }
        String text = String.join("\n", kept).strip();
        int colon = text.indexOf(": ");
        if (colon > 0 && SELF_EXPLAINING.matcher(text.substring(0, colon)).matches()) {
            return text.substring(colon + 2);
        }
        if (colon > 0 && text.substring(0, colon).matches("[\\w$.]+\\.[A-Z][\\w$]*")) {
            return simpleName(text.substring(0, colon)) + text.substring(colon);
        }
        return text;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
