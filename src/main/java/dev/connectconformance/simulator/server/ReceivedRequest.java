package dev.connectconformance.simulator.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private Map<String, List<String>> headers;

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
        List<String> values = name == null ? null : headers().get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        List<String> values = name == null ? null : headers().get(name);
        return values == null ? Collections.emptyEnumeration() : Collections.enumeration(values);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(headers().keySet());
    }

    /**
     * The headers as WireMock sees them, taken once: WireMock reads every header by name, twice per request (the
     * wrapper keeps it off its linear path, which only takes Jetty's own request type), which was a notable part
     * of a request's cost.
     */
    private Map<String, List<String>> headers() {
        if (headers == null) {
            Map<String, List<String>> taken = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Enumeration<String> names = super.getHeaderNames(); names.hasMoreElements(); ) {
                String name = names.nextElement();
                List<String> values = Collections.list(super.getHeaders(name));
                if (!values.isEmpty() && !CONTENT_ENCODING.equalsIgnoreCase(name)) {
                    taken.merge(name, values, (a, b) -> {
                        List<String> both = new ArrayList<>(a);
                        both.addAll(b);
                        return both;
                    });
                }
            }
            taken.remove("Host");
            if (host != null) {
                taken.put("Host", List.of(host));
            }
            headers = taken;
        }
        return headers;
    }
}
