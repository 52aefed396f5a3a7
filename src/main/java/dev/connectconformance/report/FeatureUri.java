package dev.connectconformance.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a feature file by its path from the {@code features} folder on, for example
 * {@code features/phone-numbers/regions-and-lookup.feature}, whether the suite ran from a checkout
 * ({@code file:///home/me/project/features/...}) or from the jar's bundled copy ({@code classpath:features/...}).
 * So the same scenario has the same name in every run, on every machine, and no run shows a home directory.
 */
public final class FeatureUri {

    private static final String FOLDER = "features";
    /** A feature URI inside a text, as in the stack frame Cucumber adds for a step: (file:///.../x.feature:12). */
    private static final Pattern IN_TEXT = Pattern.compile("(?:file|classpath):[^\\s()\"']*?\\.feature\\b");

    private FeatureUri() {
    }

    /**
     * The path from the last folder named features on; a classpath URI without such a folder loses just its
     * scheme, a file under the working directory is named from there; any other URI stays as it is.
     */
    public static String relative(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException notAUri) {
            return uri;
        }
        boolean classpath = "classpath".equals(parsed.getScheme());
        if (!classpath && !"file".equals(parsed.getScheme())) {
            return uri;
        }
        String path = parsed.isOpaque() ? parsed.getSchemeSpecificPart() : parsed.getPath();
        if (path == null) {
            return uri;
        }
        String[] segments = path.replaceFirst("^/+", "").split("/");
        for (int i = segments.length - 2; i >= 0; i--) {
            if (segments[i].equals(FOLDER)) {
                return String.join("/", Arrays.copyOfRange(segments, i, segments.length));
            }
        }
        return classpath ? String.join("/", segments) : underWorkingDirectory(parsed).orElse(uri);
    }

    /** A folder of the user's (run --features my-specs) is named from the working directory, when it is under it. */
    private static Optional<String> underWorkingDirectory(URI file) {
        Path path = Path.of(file).normalize();
        Path workingDirectory = Path.of("").toAbsolutePath().normalize();
        if (!path.startsWith(workingDirectory)) {
            return Optional.empty();
        }
        return Optional.of(workingDirectory.relativize(path).toString().replace(java.io.File.separatorChar, '/'));
    }

    /** The text with every feature URI in it made relative (stack traces, messages). */
    public static String relativeIn(String text) {
        Matcher uri = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (uri.find()) {
            uri.appendReplacement(out, Matcher.quoteReplacement(relative(uri.group())));
        }
        return uri.appendTail(out).toString();
    }
}
