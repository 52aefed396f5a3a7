package dev.connectconformance.simulator.admin.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A route's word: {@code {"message":"reset"}}, or why a request was refused. A refusal in the AWS error shape (an
 * imported state that does not validate, a bad realism change) also carries {@code Message}, as the API's errors
 * do; read either with {@link #text()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(String message, @JsonProperty("Message") String awsMessage) {

    public static Message of(String text) {
        return new Message(text, null);
    }

    public static Message awsShaped(String text) {
        return new Message(text, text);
    }

    /** The text, from whichever field carries it; null when neither does. */
    public String text() {
        return message != null ? message : awsMessage;
    }
}
