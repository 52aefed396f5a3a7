package dev.connectconformance.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesIntoFoldersItCreatesAndLeavesOnlyTheFile() throws IOException {
        Path page = dir.resolve("reports/readiness/index.html");

        assertThat(OutputFiles.write(page, "<p>caf\u00e9</p>")).isEqualTo(page);

        assertThat(Files.readString(page)).isEqualTo("<p>caf\u00e9</p>");
        try (Stream<Path> files = Files.list(page.getParent())) {
            assertThat(files).containsExactly(page);
        }
    }

    @Test
    void replacesWhatAnEarlierRunWrote() throws IOException {
        Path json = dir.resolve("readiness.json");
        OutputFiles.write(json, "{\"verdict\":\"not-ready\", \"and\":\"a longer text\"}");

        OutputFiles.write(json, "{\"verdict\":\"ready\"}");

        assertThat(Files.readString(json)).isEqualTo("{\"verdict\":\"ready\"}");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndTheFolderKeepsNoTemporaryFile() throws IOException {
        Path taken = Files.createDirectories(dir.resolve("index.html")); // a folder where the page should go
        Files.writeString(taken.resolve("inside.txt"), "keeps the folder from being replaced");

        assertThatThrownBy(() -> OutputFiles.write(taken, "<p>page</p>"))
                .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("cannot write " + taken);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(taken);
        }
    }
}
