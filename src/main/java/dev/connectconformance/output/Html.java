package dev.connectconformance.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * HTML for the self-contained pages (the conformance page, readiness and rehearsal): escaping for text and attribute
 * values, since messages and names may hold anything (< & " ' and more), and stylesheets carried inline.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('\uFFFD'); // control characters are not allowed in HTML text
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Markdown `code` spans of the catalogue as code elements; everything else escaped. */
    public static String escapeWithCode(String text) {
        String[] parts = text.split("`", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            String unmatchedTick = i % 2 == 1 && !code ? "`" : "";
            out.append(code ? "<code>" + escape(parts[i]) + "</code>" : unmatchedTick + escape(parts[i]));
        }
        return out.toString();
    }

    public static String urlQueryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A stylesheet on the class path, for a page that carries it inline (self-contained, nothing fetched). */
    public static String stylesheet(String resource) {
        try (InputStream in = Html.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
