package dev.connectconformance.simulator.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: sends exactly the bytes given (methods, targets and
 * headers that java.net.http would refuse or normalise) and reads the whole answer.
 */
public final class RawSocketHttp {

    private static final int READ_TIMEOUT_MILLIS = 20_000;

    /** A parsed answer; header names are lower-cased. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final int port;

    public RawSocketHttp(int port) {
        this.port = port;
    }

    /** Sends {@code method target} with the given extra header lines (each "Name: value") and body. */
    public Answer send(String method, String target, Map<String, String> headers, byte[] body) {
        return send(method, target, "127.0.0.1:" + port, headers, body);
    }

    /** The same with the Host header given (null: none at all). */
    public Answer send(String method, String target, String host, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (host != null) {
            head.append("Host: ").append(host).append("\r\n");
        }
        head.append("Connection: close\r\n");
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        return exchange(head.toString().getBytes(StandardCharsets.UTF_8), body);
    }

    /** Writes exactly these bytes (a head and an optional body) and reads the whole answer. */
    public Answer exchange(byte[] head, byte[] body) {
        return exchange(head, body, false);
    }

    /**
     * The same; with {@code halfClose} the client then shuts its side down, as one does that has nothing more to
     * send (a body shorter than its Content-Length, for instance), and still reads the answer.
     */
    public Answer exchange(byte[] head, byte[] body, boolean halfClose) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                if (halfClose) {
                    socket.shutdownOutput();
                }
            } catch (IOException refusedMidway) {
                // The server may answer and close before reading everything (e.g. a header too large).
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("no answer from the simulator on port " + port, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException resetAfterAnswer) {
            if (all.size() == 0) {
                throw resetAfterAnswer;
            }
        }
        return all.toByteArray();
    }

    public static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int endOfHead = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || endOfHead < 0) {
            throw new IllegalStateException("not an HTTP answer: " + text.substring(0, Math.min(200, text.length())));
        }
        String[] lines = text.substring(0, endOfHead).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(endOfHead + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8));
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            String sizeText = chunked.substring(at, lineEnd).split(";")[0].trim();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
