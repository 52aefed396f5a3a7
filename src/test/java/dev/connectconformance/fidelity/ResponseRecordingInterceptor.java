package dev.connectconformance.fidelity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Keeps a copy of every HTTP answer a Connect client of this JVM receives while a recording is open, so a test can
 * check what the suite was told without touching the suite or its targets. The AWS SDK adds it to every Connect
 * client it builds: it is listed in the test class path's
 * {@code software/amazon/awssdk/services/connect/execution.interceptors}. Without an open recording it passes
 * answers through untouched.
 */
public final class ResponseRecordingInterceptor implements ExecutionInterceptor {

    /** One answer as the client received it, before the SDK read it. */
    public record Answer(String operation, int status, Optional<String> errorType, String body) {
    }

    /** The answers received while open; closing it stops the recording. */
    public static final class Recording implements AutoCloseable {
        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

        public List<Answer> answers() {
            return List.copyOf(answers);
        }

        @Override
        public void close() {
            synchronized (ResponseRecordingInterceptor.class) {
                if (current == this) {
                    current = null;
                }
            }
        }
    }

    private static volatile Recording current;

    /** Starts recording; only one recording at a time. */
    public static synchronized Recording record() {
        if (current != null) {
            throw new IllegalStateException("a recording of Connect answers is already open");
        }
        current = new Recording();
        return current;
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        Recording recording = current;
        Optional<InputStream> content = context.responseBody();
        if (recording == null) {
            return content;
        }
        byte[] body;
        try {
            body = content.isPresent() ? content.get().readAllBytes() : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy a Connect answer", e);
        }
        recording.answers.add(new Answer(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                context.httpResponse().statusCode(), context.httpResponse().firstMatchingHeader("x-amzn-ErrorType"),
                new String(body, StandardCharsets.UTF_8)));
        return content.isPresent() ? Optional.of(new ByteArrayInputStream(body)) : content;
    }
}
