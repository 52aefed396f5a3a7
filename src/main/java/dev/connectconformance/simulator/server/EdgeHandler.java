package dev.connectconformance.simulator.server;

import dev.connectconformance.simulator.protocol.WirePayload;
import dev.connectconformance.simulator.security.BrowserOrigins;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpVersion;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The simulator's edge, in front of everything WireMock does: screens each request ({@link RequestScreen}),
 * answers CORS for allowed web origins, then reads the body itself, at most the limit, decoded only as
 * Content-Encoding says, and passes WireMock a request whose body is already in memory. A body that has fully
 * arrived (the usual case: Jetty dispatches once content is there) is read at once; one still on its way is read
 * asynchronously and the request dispatched again when it is complete. Anything thrown further in becomes an
 * AWS-shaped 500.
 */
final class EdgeHandler extends HandlerWrapper {

    private static final Logger LOG = Logger.getLogger(EdgeHandler.class.getName());
    /**
     * After refusing a body it will not read, the server half-closes and discards what still arrives, so the client
     * can read the answer before the connection goes (closing at once would reset it and lose the answer). This
     * long, then the connection is closed whatever the client still sends.
     */
    private static final long LINGER_MILLIS = 2_000;
    private static final String RECEIVED = EdgeHandler.class.getName() + ".received";

    /** A body read and decoded, kept on the request between the asynchronous read and the dispatch after it. */
    private record Received(byte[] wire, byte[] decoded) {
        static final Received EMPTY = new Received(new byte[0], new byte[0]);
    }

    private final EdgePolicy policy;
    private final RequestScreen screen;

    EdgeHandler(EdgePolicy policy) {
        this.policy = policy;
        this.screen = new RequestScreen(policy);
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (base.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(RECEIVED) instanceof Received r) {
            request.removeAttribute(RECEIVED);
            forward(target, base, request, response, r);
            return;
        }
        base.setHandled(true);
        Optional<Refusal> refusal = screen.check(base, request);
        if (refusal.isPresent()) {
            refuse(base, response, refusal.get());
            return;
        }
        if (!RequestScreen.isAdmin(base) && answeredCors(request, response)) {
            return;
        }
        Refusal unsupported = ContentDecoding.unsupported(request.getHeader("Content-Encoding"));
        long length = request.getContentLengthLong();
        if (unsupported == null && length > policy.maxBodyBytes()) {
            unsupported = Refusal.bodyTooLarge(length, policy.maxBodyBytes());
        }
        if (unsupported != null) {
            refuse(base, response, unsupported);
            return;
        }
        if (hasNoBody(base, request, length)) {
            forward(target, base, request, response, Received.EMPTY);
            return;
        }
        readBody(target, base, request, response, length);
    }

    private void readBody(String target, Request base, HttpServletRequest request, HttpServletResponse response,
                          long length) throws IOException, ServletException {
        BodyBuffer buffer = new BodyBuffer(policy.maxBodyBytes(), length);
        ServletInputStream in = request.getInputStream();
        try {
            if (length >= 0 && readArrived(in, buffer, (int) length)) {
                forward(target, base, request, response, decode(request, buffer.toByteArray()));
                return;
            }
        } catch (RefusedException e) {
            refuse(base, response, e.refusal());
            return;
        } catch (IOException | RuntimeException e) {
            refuse(base, response, BodyFailures.refusalFor(e));
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(policy.bodyTimeout().toMillis());
        AsyncBodyReader reader = new AsyncBodyReader(async, in, buffer, wire -> {
            try {
                request.setAttribute(RECEIVED, decode(request, wire));
                async.dispatch();
            } catch (RefusedException e) {
                refuseQuietly(base, response, e.refusal());
                async.complete();
            }
        }, failure -> refuseQuietly(base, response, failure));
        async.addListener(reader);
        in.setReadListener(reader);
    }

    /** Reads what has arrived without blocking; true when that is the whole body of the given length. */
    private static boolean readArrived(ServletInputStream in, BodyBuffer buffer, int length) throws IOException {
        while (buffer.size() < length) {
            int available = in.available();
            if (available <= 0) {
                return false;
            }
            int n = in.read(buffer.array(), buffer.size(), Math.min(available, length - buffer.size()));
            if (n < 0) {
                throw new wiremock.org.eclipse.jetty.io.EofException("early end of body");
            }
            buffer.filled(n);
        }
        return true;
    }

    private Received decode(HttpServletRequest request, byte[] wire) throws RefusedException {
        byte[] decoded = ContentDecoding.decode(request.getHeader("Content-Encoding"), wire, policy.maxBodyBytes());
        return new Received(wire, decoded);
    }

    private void forward(String target, Request base, HttpServletRequest request, HttpServletResponse response,
                         Received received) throws IOException {
        base.setHandled(false);
        String contentEncoding = request.getHeader("Content-Encoding");
        // Without a body there is nothing to hide from WireMock, unless a header needs mending.
        HttpServletRequest passed = received == Received.EMPTY && contentEncoding == null
                && request.getHeader("Host") != null ? request
                : new ReceivedRequest(request, received.decoded(), RequestScreen.host(base, request));
        WirePayload.set(received.wire(), contentEncoding);
        try {
            super.handle(target, base, passed, response);
        } catch (Throwable failure) {
            answerFailure(request, response, failure);
        } finally {
            WirePayload.clear();
            base.setHandled(true);
        }
    }

    /** A failure past the edge (WireMock, a filter, Jetty's servlet layer): the AWS 500, never a stack trace page. */
    private static void answerFailure(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        if (response.isCommitted()) {
            LOG.log(Level.FINE, "request failed after its answer began: " + request.getRequestURI(), failure);
            return;
        }
        LOG.log(Level.WARNING, "request " + request.getMethod() + " " + request.getRequestURI()
                + " failed inside the simulator", failure);
        response.reset();
        writeQuietly(response, Refusal.of(500, "InternalServiceException",
                "The simulator failed to process the request: " + failure.getClass().getSimpleName()));
    }

    private static void writeQuietly(HttpServletResponse response, Refusal refusal) {
        try {
            AwsErrors.write(response, refusal);
        } catch (IOException | RuntimeException gone) {
            LOG.log(Level.FINE, "could not answer: " + refusal.message(), gone);
        }
    }

    private static void refuseQuietly(Request base, HttpServletResponse response, Refusal refusal) {
        try {
            refuse(base, response, refusal);
        } catch (IOException | RuntimeException gone) {
            LOG.log(Level.FINE, "could not answer: " + refusal.message(), gone);
        }
    }

    /** Answers with the refusal; one that leaves a body unread also ends an HTTP/1 connection after a linger. */
    private static void refuse(Request base, HttpServletResponse response, Refusal refusal) throws IOException {
        AwsErrors.write(response, refusal);
        if (refusal.closeConnection() && base.getHttpVersion() != HttpVersion.HTTP_2) {
            EndPoint endPoint = base.getHttpChannel().getEndPoint();
            base.getHttpChannel().getScheduler().schedule(endPoint::close, LINGER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * For an allowed web origin: answers its CORS preflight (true), or adds the CORS headers its page needs to
     * read the answer (false: the request goes on).
     */
    private boolean answeredCors(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = request.getHeader("Origin");
        if (!policy.origins().isAllowed(origin)) {
            return false;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Vary", "Origin");
        String preflightMethod = request.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(request.getMethod()) && preflightMethod != null) {
            response.setStatus(204);
            response.setHeader("Access-Control-Allow-Methods", BrowserOrigins.ALLOWED_METHODS);
            String headers = request.getHeader("Access-Control-Request-Headers");
            if (headers != null && headers.matches("[A-Za-z0-9, _-]{1,1000}")) {
                response.setHeader("Access-Control-Allow-Headers", headers);
            }
            response.setHeader("Access-Control-Max-Age", "600");
            response.flushBuffer();
            return true;
        }
        response.setHeader("Access-Control-Expose-Headers", BrowserOrigins.EXPOSED_HEADERS);
        return false;
    }

    /** HTTP/1 says so by the absence of Content-Length and Transfer-Encoding; over HTTP/2 only reading tells. */
    private static boolean hasNoBody(Request base, HttpServletRequest request, long length) {
        if (length == 0) {
            return true;
        }
        return length < 0 && base.getHttpVersion() != HttpVersion.HTTP_2
                && request.getHeader("Transfer-Encoding") == null;
    }
}
