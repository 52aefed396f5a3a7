package dev.connectconformance.docs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The ```java blocks of Markdown pages, compiled with the JDK's compiler against the test class path. A block that
 * declares a type is compiled as it stands (in a package of its own unless it names one); any other block is a
 * fragment: its imports stay on top and the rest becomes the body of a method. Each compiled line keeps the line
 * number it has in its block, so an error names the page and the line a reader sees.
 */
final class JavaSnippets {

    /** A block, from the first line after its opening fence. */
    record Snippet(Path page, int line, String code) {
    }

    private static final Pattern BLOCK = Pattern.compile("^```java[ \\t]*\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile(
            "^(public\\s+|final\\s+|abstract\\s+)*(class|interface|record|enum)\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+[\\w.]+;", Pattern.MULTILINE);
    private static final Pattern HEADER_LINE = Pattern.compile("\\s*(import\\s.*|//.*)?");

    private JavaSnippets() {
    }

    static List<Snippet> in(List<Path> pages) throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        for (Path page : pages) {
            if (!Files.exists(page)) {
                continue;
            }
            String text = Files.readString(page);
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                int line = lineOf(text, block.start(1));
                snippets.add(new Snippet(page, line, block.group(1)));
            }
        }
        return snippets;
    }

    /** Compiles every snippet into {@code classes}; answers one line per error, "page:line: message". */
    static List<String> compile(List<Snippet> snippets, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Files.createDirectories(classes);
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            sources.add(Source.of(snippets.get(i), "docsnippets.s" + i));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-classpath", testClassPath(), "-d", classes.toString(), "-proc:none",
                    "-nowarn", "-encoding", "UTF-8");
            compiler.getTask(null, files, diagnostics, options, null, sources).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String message = diagnostic.getMessage(Locale.ROOT).replaceAll("\\s*\\n\\s*", " ");
            if (diagnostic.getSource() instanceof Source source) {
                errors.add(source.snippet.page() + ":" + (source.snippet.line() + diagnostic.getLineNumber() - 1)
                        + ": " + message);
            } else {
                errors.add(message);
            }
        }
        return errors;
    }

    /** Surefire hands the forked JVM a manifest-only jar; the real class path is in this property. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A snippet as a compilation unit whose lines keep their numbers within the block. */
    private static final class Source extends SimpleJavaFileObject {

        private final Snippet snippet;
        private final String code;

        private Source(Snippet snippet, String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.snippet = snippet;
            this.code = code;
        }

        static Source of(Snippet snippet, String packageName) {
            String code = snippet.code();
            boolean ownPackage = PACKAGE.matcher(code).find();
            String prefix = ownPackage ? "" : "package " + packageName + "; ";
            String packagePath = ownPackage ? packageOf(code) : packageName;
            Matcher type = TYPE.matcher(code);
            if (type.find()) {
                return new Source(snippet, packagePath + "." + type.group(3), prefix + code);
            }
            // A fragment: the header (imports, comments, blank lines) stays, the rest goes into a method body.
            String[] lines = code.split("\n", -1);
            int body = 0;
            while (body < lines.length && HEADER_LINE.matcher(lines[body]).matches()) {
                body++;
            }
            StringBuilder unit = new StringBuilder(prefix);
            for (int i = 0; i < lines.length; i++) {
                if (i == body) {
                    unit.append("class Snippet { void snippet() throws Exception { ");
                }
                unit.append(lines[i]).append('\n');
            }
            if (body >= lines.length) {
                unit.append("class Snippet { void snippet() throws Exception { ");
            }
            unit.append("} }\n");
            return new Source(snippet, packagePath + ".Snippet", unit.toString());
        }

        private static String packageOf(String code) {
            Matcher declared = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE).matcher(code);
            return declared.find() ? declared.group(1) : "";
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
