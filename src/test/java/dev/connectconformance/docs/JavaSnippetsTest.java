package dev.connectconformance.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet in README.md, CONTRIBUTING.md and docs/ compiles against the project as it stands, with the
 * imports it shows: a reader can paste it. A snippet that renames nothing but a method of ours fails here, naming
 * the page and line, instead of in a user's build.
 */
class JavaSnippetsTest {

    @TempDir
    Path classes;

    @Test
    void everySnippetInTheDocsCompiles() throws IOException {
        List<JavaSnippets.Snippet> snippets = JavaSnippets.in(documentationPages());

        assertThat(snippets).as("Java snippets in the docs").hasSizeGreaterThanOrEqualTo(5);
        assertThat(snippets).as("snippets of docs/java-users.md")
                .filteredOn(snippet -> snippet.page().endsWith("java-users.md")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(JavaSnippets.compile(snippets, classes)).as("compile errors, by page and line").isEmpty();
    }

    @Test
    void aSnippetThatNoLongerMatchesTheCodeIsReportedWithItsPageAndLine() throws IOException {
        Path page = Files.writeString(classes.resolve("page.md"), String.join("\n",
                "Some text.",
                "",
                "```java",
                "import dev.connectconformance.simulator.SimulatorSettings;",
                "",
                "SimulatorSettings settings = SimulatorSettings.defaults().withSettleDelayInSeconds(5);",
                "```",
                ""));

        List<String> errors = JavaSnippets.compile(JavaSnippets.in(List.of(page)), classes.resolve("out"));

        assertThat(errors).singleElement().asString().startsWith(page + ":6: ").contains("withSettleDelayInSeconds");
    }

    @Test
    void aWholeClassCompilesAsItStandsAndAFragmentAsAMethodBody() throws IOException {
        Path page = Files.writeString(classes.resolve("page.md"), String.join("\n",
                "```java",
                "import java.time.Duration;",
                "",
                "public class Example {",
                "    Duration settle = Duration.ofSeconds(5);",
                "}",
                "```",
                "```java",
                "import java.time.Duration;",
                "Duration settle = Duration.ofSeconds(5);",
                "System.out.println(settle);",
                "```",
                ""));

        List<JavaSnippets.Snippet> snippets = JavaSnippets.in(List.of(page));

        assertThat(snippets).extracting(JavaSnippets.Snippet::line).containsExactly(2, 9);
        assertThat(JavaSnippets.compile(snippets, classes.resolve("out"))).isEmpty();
    }

    private static List<Path> documentationPages() throws IOException {
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            return Stream.concat(Stream.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")),
                    docs.filter(path -> path.toString().endsWith(".md")).sorted()).toList();
        }
    }
}
