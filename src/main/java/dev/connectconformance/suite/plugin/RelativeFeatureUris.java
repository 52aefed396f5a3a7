package dev.connectconformance.suite.plugin;

import dev.connectconformance.report.FeatureUri;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Exception;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.Source;
import io.cucumber.messages.types.SourceReference;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.messages.types.TestStepResult;
import java.util.function.UnaryOperator;

/**
 * Rewrites the messages that name a feature file so they name it by its path under features/ ({@link FeatureUri}):
 * the source, its Gherkin document, its pickles, parse errors, and the stack traces of step results, which carry
 * a frame for the feature's line. Every other message passes unchanged. A pure function: every plugin that applies
 * it sees the same stream.
 */
final class RelativeFeatureUris implements UnaryOperator<Envelope> {

    @Override
    public Envelope apply(Envelope envelope) {
        if (envelope.getSource().isPresent()) {
            Source source = envelope.getSource().get();
            return Envelope.of(new Source(FeatureUri.relative(source.getUri()), source.getData(),
                    source.getMediaType()));
        }
        if (envelope.getGherkinDocument().isPresent()) {
            GherkinDocument document = envelope.getGherkinDocument().get();
            return Envelope.of(new GherkinDocument(document.getUri().map(FeatureUri::relative).orElse(null),
                    document.getFeature().orElse(null), document.getComments()));
        }
        if (envelope.getPickle().isPresent()) {
            Pickle pickle = envelope.getPickle().get();
            return Envelope.of(new Pickle(pickle.getId(), FeatureUri.relative(pickle.getUri()), pickle.getName(),
                    pickle.getLanguage(), pickle.getSteps(), pickle.getTags(), pickle.getAstNodeIds()));
        }
        if (envelope.getParseError().isPresent()) {
            ParseError error = envelope.getParseError().get();
            SourceReference source = error.getSource();
            return Envelope.of(new ParseError(new SourceReference(source.getUri().map(FeatureUri::relative)
                    .orElse(null), source.getJavaMethod().orElse(null), source.getJavaStackTraceElement()
                    .orElse(null), source.getLocation().orElse(null)), FeatureUri.relativeIn(error.getMessage())));
        }
        if (envelope.getTestStepFinished().isPresent()) {
            TestStepFinished finished = envelope.getTestStepFinished().get();
            return Envelope.of(new TestStepFinished(finished.getTestCaseStartedId(), finished.getTestStepId(),
                    result(finished.getTestStepResult()), finished.getTimestamp()));
        }
        return envelope;
    }

    private static TestStepResult result(TestStepResult result) {
        Exception exception = result.getException().map(e -> new Exception(e.getType(),
                e.getMessage().map(FeatureUri::relativeIn).orElse(null),
                e.getStackTrace().map(FeatureUri::relativeIn).orElse(null))).orElse(null);
        return new TestStepResult(result.getDuration(), result.getMessage().map(FeatureUri::relativeIn).orElse(null),
                result.getStatus(), exception);
    }
}
