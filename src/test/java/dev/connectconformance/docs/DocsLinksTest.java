package dev.connectconformance.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link of README.md, CONTRIBUTING.md and docs/ leads somewhere: to a file of the project and, with
 * a {@code #fragment}, to a heading of that page (GitHub's anchors: lower case, punctuation dropped, spaces as
 * hyphens). Pages move and headings get renamed; a reader should not find out by clicking.
 */
class DocsLinksTest {

    private static final Pattern CODE_BLOCK = Pattern.compile("^```.*?^```", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#+\\s+(.+)$", Pattern.MULTILINE);

    @TempDir
    Path work;

    @Test
    void everyRelativeLinkLeadsToAFileAndAHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            broken.addAll(brokenLinks(page));
        }
        assertThat(broken).as("broken links, by page").isEmpty();
    }

    @Test
    void aMissingPageAndAMissingHeadingAreBoth() throws IOException {
        Files.writeString(work.resolve("other.md"), "# Other page\n\n## The admin API\n");
        Path page = Files.writeString(work.resolve("page.md"), String.join("\n",
                "[fine](other.md#the-admin-api) [gone](missing.md) [renamed](other.md#admin-routes)",
                "```", "[inside a code block](nowhere.md)", "```", "[web](https://example.com/x)", ""));

        assertThat(brokenLinks(page)).containsExactly(page + ": missing.md", page + ": other.md#admin-routes");
    }

    private static List<String> brokenLinks(Path page) throws IOException {
        List<String> broken = new ArrayList<>();
        String text = CODE_BLOCK.matcher(Files.readString(page)).replaceAll("");
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String target = link.group(1);
            if (target.matches("[a-z]+:.*")) {
                continue; // http:, https:, mailto:
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
            if (!Files.exists(resolved)) {
                broken.add(page + ": " + target);
            } else if (hash >= 0 && resolved.toString().endsWith(".md")
                    && !anchors(resolved).contains(target.substring(hash + 1))) {
                broken.add(page + ": " + target);
            }
        }
        return broken;
    }

    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        Matcher heading = HEADING.matcher(CODE_BLOCK.matcher(Files.readString(page)).replaceAll(""));
        while (heading.find()) {
            anchors.add(heading.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_ -]", "")
                    .replace(' ', '-'));
        }
        return anchors;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            return Stream.concat(Stream.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")),
                    docs.filter(path -> path.toString().endsWith(".md")).sorted()).toList();
        }
    }
}
