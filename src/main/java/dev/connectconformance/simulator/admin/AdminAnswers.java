package dev.connectconformance.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.connectconformance.simulator.admin.contract.AdminJson;
import dev.connectconformance.simulator.admin.contract.Message;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How an admin route answers: its record as JSON with a 200, a refusal as a 400 with a {@code message} (or in the
 * AWS error shape, for the routes that answer like the API), and never WireMock's stack-trace page.
 */
final class AdminAnswers {

    private static final Logger LOG = Logger.getLogger(AdminAnswers.class.getName());

    /** A route's work on the request body (an empty object when there is none); returns the answer's record. */
    interface Action {
        Object run(JsonNode body);
    }

    private AdminAnswers() {
    }

    /**
     * Runs the action on the parsed body: its record with a 200; a body that is not JSON or an
     * {@link IllegalArgumentException} a 400 with the message; anything else a 500, logged.
     */
    static ResponseDefinition respond(ServeEvent event, Action action) {
        try {
            return json(200, action.run(AdminJson.tree(event.getRequest().getBodyAsString())));
        } catch (IOException e) {
            return json(400, Message.of("the request body is not valid JSON"));
        } catch (IllegalArgumentException e) {
            return json(400, Message.of(e.getMessage()));
        } catch (Throwable e) {
            // An admin route must not answer with WireMock's stack trace page either.
            LOG.log(Level.WARNING, "admin request " + event.getRequest().getUrl() + " failed inside the simulator", e);
            return json(500, Message.of("The simulator failed to process the admin request: " + e));
        }
    }

    /** As {@link #respond}, but refusals in the AWS error shape (x-amzn-ErrorType, Message), as the API answers. */
    static ResponseDefinition respondAwsShaped(ServeEvent event, Action action) {
        try {
            return json(200, action.run(AdminJson.tree(event.getRequest().getBodyAsString())));
        } catch (IOException e) {
            return awsShaped400("the request body is not valid JSON");
        } catch (IllegalArgumentException e) {
            return awsShaped400(e.getMessage());
        }
    }

    static ResponseDefinition json(int status, Object answer) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(AdminJson.text(answer)).build();
    }

    static ResponseDefinition jsonBytes(byte[] answer) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(answer).build();
    }

    /** A 400 as the API answers one: x-amzn-ErrorType and a Message (and the admin routes' message). */
    static ResponseDefinition awsShaped400(String text) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "InvalidRequestException")
                .withBody(AdminJson.text(Message.awsShaped(text))).build();
    }
}
