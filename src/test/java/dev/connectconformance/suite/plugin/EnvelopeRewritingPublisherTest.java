package dev.connectconformance.suite.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Source;
import io.cucumber.messages.types.SourceMediaType;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunStarted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeRewritingPublisherTest {

    /** Cucumber's side of the publisher: one handler per type is enough here. */
    private final Map<Class<?>, EventHandler<?>> handlers = new LinkedHashMap<>();
    private final EventPublisher cucumber = new EventPublisher() {
        @Override
        public <T> void registerHandlerFor(Class<T> eventType, EventHandler<T> handler) {
            handlers.put(eventType, handler);
        }

        @Override
        public <T> void removeHandlerFor(Class<T> eventType, EventHandler<T> handler) {
            handlers.remove(eventType, handler);
        }
    };
    private final EventPublisher rewriting = new EnvelopeRewritingPublisher(cucumber, new RelativeFeatureUris());

    @SuppressWarnings("unchecked")
    private <T> void publish(Class<T> type, T event) {
        ((EventHandler<T>) handlers.get(type)).receive(event);
    }

    @Test
    void envelopeHandlersGetTheRewrittenEnvelopeAndOtherEventsPassThrough() {
        List<Object> received = new ArrayList<>();
        rewriting.registerHandlerFor(Envelope.class, received::add);
        EventHandler<TestRunStarted> started = received::add;
        rewriting.registerHandlerFor(TestRunStarted.class, started);
        TestRunStarted event = new TestRunStarted(Instant.EPOCH);

        publish(Envelope.class, Envelope.of(new Source("file:///home/me/p/features/flows/x.feature", "Feature: x",
                SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN)));
        publish(TestRunStarted.class, event);

        assertThat(((Envelope) received.get(0)).getSource().orElseThrow().getUri()).isEqualTo("features/flows/x.feature");
        assertThat(received.get(1)).isSameAs(event);
        assertThat(handlers.get(TestRunStarted.class)).isSameAs(started);
    }

    @Test
    void aRemovedEnvelopeHandlerIsRemovedFromCucumbersPublisher() {
        EventHandler<Envelope> handler = envelope -> { };
        rewriting.registerHandlerFor(Envelope.class, handler);
        assertThat(handlers).containsKey(Envelope.class);

        rewriting.removeHandlerFor(Envelope.class, handler);

        assertThat(handlers).doesNotContainKey(Envelope.class);
    }
}
