package dev.connectconformance.simulator.protocol;

import dev.connectconformance.simulator.protocol.ServiceModel.OperationSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps HTTP method and raw path to a modelled operation, extracting its decoded path labels. */
public final class OperationRouter {

    private static final Pattern LABEL = Pattern.compile("\\{([A-Za-z0-9_]+)(\\+?)}");

    /** An operation matched to a request, with the values of its URI labels (percent-decoded). */
    public record Route(OperationSpec operation, Map<String, String> pathLabels) {
    }

    private record Template(OperationSpec operation, Pattern pattern, List<String> labels, int literalLength) {
    }

    /**
     * Templates by method and first path segment ("GET phone-number"): a request is matched against the few
     * templates that can match it (at most about 20) instead of all ~370 regular expressions, which was a third
     * of the simulator's own time per request. Templates whose first segment is a label go under "GET *".
     */
    private final Map<String, List<Template>> byMethodAndFirstSegment = new HashMap<>();

    public OperationRouter(ServiceModel model) {
        List<Template> templates = new ArrayList<>();
        for (OperationSpec op : model.operations().values()) {
            templates.add(compile(op));
        }
        // The most specific template (longest literal text) wins, as with /instance vs /instance/{InstanceId}.
        templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
        for (Template t : templates) {
            String segment = firstSegment(t.operation().requestUri());
            String key = bucket(t.operation().httpMethod(), segment.contains("{") ? "*" : segment);
            byMethodAndFirstSegment.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
    }

    private static String bucket(String method, String segment) {
        return method.toUpperCase(Locale.ROOT) + " " + segment;
    }

    /** The text between the leading '/' and the next '/' or '?' ("" for "/" or a path without a leading '/'). */
    private static String firstSegment(String path) {
        if (!path.startsWith("/")) {
            return "";
        }
        int end = 1;
        while (end < path.length() && path.charAt(end) != '/' && path.charAt(end) != '?') {
            end++;
        }
        return path.substring(1, end);
    }

    private static Template compile(OperationSpec op) {
        String uri = op.requestUri();
        int query = uri.indexOf('?');
        String path = query >= 0 ? uri.substring(0, query) : uri;
        StringBuilder regex = new StringBuilder("^");
        List<String> labels = new ArrayList<>();
        Matcher m = LABEL.matcher(path);
        int last = 0;
        int literal = 0;
        while (m.find()) {
            String text = path.substring(last, m.start());
            regex.append(Pattern.quote(text));
            literal += text.length();
            labels.add(m.group(1));
            regex.append(m.group(2).isEmpty() ? "([^/]+)" : "(.+)");
            last = m.end();
        }
        String tail = path.substring(last);
        regex.append(Pattern.quote(tail)).append("/?$");
        literal += tail.length();
        return new Template(op, Pattern.compile(regex.toString()), labels, literal);
    }

    public Optional<Route> route(String method, String rawPath) {
        Optional<Route> literal = routeAmong(byMethodAndFirstSegment.get(bucket(method, firstSegment(rawPath))),
                rawPath);
        return literal.isPresent() ? literal : routeAmong(byMethodAndFirstSegment.get(bucket(method, "*")), rawPath);
    }

    private static Optional<Route> routeAmong(List<Template> candidates, String rawPath) {
        if (candidates == null) {
            return Optional.empty();
        }
        for (Template t : candidates) {
            Matcher m = t.pattern().matcher(rawPath);
            if (m.matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < t.labels().size(); i++) {
                    values.put(t.labels().get(i), PercentDecoding.decode(m.group(i + 1)));
                }
                return Optional.of(new Route(t.operation(), values));
            }
        }
        return Optional.empty();
    }
}
