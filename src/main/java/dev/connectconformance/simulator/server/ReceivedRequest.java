package dev.connectconformance.simulator.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as WireMock sees it after the edge: the body already read and decoded (so WireMock never reads the
 * network or inflates anything), without its Content-Encoding, and with a Host even over HTTP/2, where the
 * authority travels as a pseudo-header.
 */
final class ReceivedRequest extends HttpServletRequestWrapper {

    private static final String CONTENT_ENCODING = "Content-Encoding";

    private final byte[] body;
    private final String host;

    ReceivedRequest(HttpServletRequest request, byte[] body, String host) {
        super(request);
        this.body = body;
        this.host = host;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body was read by the simulator's edge already");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }

    /** The declared charset when Java knows it, else UTF-8: a made-up charset must not become an exception. */
    private Charset charset() {
        try {
            String encoding = getCharacterEncoding();
            return encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException badName) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getHeader(String name) {
        if (CONTENT_ENCODING.equalsIgnoreCase(name)) {
            return null;
        }
        if ("Host".equalsIgnoreCase(name)) {
            return host;
        }
        return super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (CONTENT_ENCODING.equalsIgnoreCase(name)) {
            return Collections.emptyEnumeration();
        }
        if ("Host".equalsIgnoreCase(name)) {
            return host == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(host));
        }
        return super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = Collections.list(super.getHeaderNames());
        names.removeIf(CONTENT_ENCODING::equalsIgnoreCase);
        if (host != null && names.stream().noneMatch("Host"::equalsIgnoreCase)) {
            names.add("Host");
        }
        return Collections.enumeration(names);
    }
}
