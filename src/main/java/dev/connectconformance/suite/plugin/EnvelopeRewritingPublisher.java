package dev.connectconformance.suite.plugin;

import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The event publisher as a plugin should see it when Cucumber's messages need changing on the way: handlers of
 * envelopes get each envelope rewritten; every other event passes through. Lets Cucumber's own formatters write
 * the rewritten stream without copying them.
 */
final class EnvelopeRewritingPublisher implements EventPublisher {

    private final EventPublisher publisher;
    private final UnaryOperator<Envelope> rewrite;
    private final Map<EventHandler<?>, EventHandler<Envelope>> registered = new ConcurrentHashMap<>();

    EnvelopeRewritingPublisher(EventPublisher publisher, UnaryOperator<Envelope> rewrite) {
        this.publisher = publisher;
        this.rewrite = rewrite;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> void registerHandlerFor(Class<T> eventType, EventHandler<T> handler) {
        if (eventType != Envelope.class) {
            publisher.registerHandlerFor(eventType, handler);
            return;
        }
        EventHandler<Envelope> envelopes = (EventHandler<Envelope>) handler;
        EventHandler<Envelope> rewriting = envelope -> envelopes.receive(rewrite.apply(envelope));
        registered.put(handler, rewriting);
        publisher.registerHandlerFor(Envelope.class, rewriting);
    }

    @Override
    public <T> void removeHandlerFor(Class<T> eventType, EventHandler<T> handler) {
        EventHandler<Envelope> rewriting = eventType == Envelope.class ? registered.remove(handler) : null;
        if (rewriting != null) {
            publisher.removeHandlerFor(Envelope.class, rewriting);
        } else {
            publisher.removeHandlerFor(eventType, handler);
        }
    }
}
