package dev.connectconformance.simulator.server;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.AsyncEvent;
import wiremock.jakarta.servlet.AsyncListener;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;

/**
 * Reads a body that has not fully arrived without holding a thread: Jetty calls back as bytes come in, so 200
 * clients trickling bodies cost 200 idle connections, not 200 blocked threads. The body must be complete within
 * the async timeout; when it is, {@code complete} gets it (and dispatches the request on), otherwise the client
 * gets an AWS-shaped refusal.
 */
final class AsyncBodyReader implements ReadListener, AsyncListener {

    private final AsyncContext async;
    private final ServletInputStream in;
    private final BodyBuffer buffer;
    private final Consumer<byte[]> complete;
    private final Consumer<Refusal> refuse;
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean finished = new AtomicBoolean();

    /**
     * @param complete gets the whole body and passes the request on
     * @param refuse   writes the answer to a body that cannot be had
     */
    AsyncBodyReader(AsyncContext async, ServletInputStream in, BodyBuffer buffer, Consumer<byte[]> complete,
                    Consumer<Refusal> refuse) {
        this.async = async;
        this.in = in;
        this.buffer = buffer;
        this.complete = complete;
        this.refuse = refuse;
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!finished.get() && in.isReady()) {
            int n = in.read(chunk);
            if (n < 0) {
                return; // onAllDataRead follows
            }
            if (!buffer.append(chunk, n)) {
                refuse(Refusal.bodyTooLarge(-1, buffer.limit()));
                return;
            }
        }
    }

    @Override
    public void onAllDataRead() {
        if (finished.compareAndSet(false, true)) {
            complete.accept(buffer.toByteArray());
        }
    }

    @Override
    public void onError(Throwable failure) {
        refuse(BodyFailures.refusalFor(failure));
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        refuse(Refusal.closing(408, "RequestTimeoutException", "The request body did not arrive within "
                + async.getTimeout() / 1000 + " s"));
    }

    @Override
    public void onError(AsyncEvent event) {
        refuse(BodyFailures.refusalFor(event.getThrowable() == null ? new TimeoutException() : event.getThrowable()));
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // nothing to release: the buffer goes with this object
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the simulator starts no further asynchronous cycle on this request
    }

    private void refuse(Refusal refusal) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        try {
            refuse.accept(refusal);
        } finally {
            async.complete();
        }
    }
}
