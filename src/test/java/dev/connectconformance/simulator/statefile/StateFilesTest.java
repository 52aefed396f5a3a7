package dev.connectconformance.simulator.statefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State files on disk: a reader never sees half of a write, and a missing or broken file is named. */
class StateFilesTest {

    @TempDir
    Path dir;

    @Test
    void aReaderNeverSeesAHalfWrittenFile() throws Exception {
        Path file = dir.resolve("state.json");
        StateDocument small = document(1);
        StateDocument large = document(5_000);
        StateFiles.writeAtomically(file, out -> StateFormat.write(small, out));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                assertThat(StateFiles.read(file).formatVersion()).isEqualTo(1);
                reads.incrementAndGet();
            }
        });

        for (int i = 0; i < 40; i++) {
            StateDocument next = i % 2 == 0 ? large : small;
            StateFiles.writeAtomically(file, out -> StateFormat.write(next, out));
        }
        writing.set(false);
        reader.join();

        assertThat(reads.get()).isPositive();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void aMissingOrBrokenFileIsNamed() throws Exception {
        assertThatThrownBy(() -> StateFiles.read(dir.resolve("absent.json")))
                .isInstanceOf(StateFileException.class).hasMessageContaining("absent.json does not exist");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"accounts\": {");
        assertThatThrownBy(() -> StateFiles.read(broken))
                .isInstanceOf(StateFileException.class).hasMessageContaining("not valid JSON");
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"formatVersion\": 1, \"acounts\": {}}");
        assertThatThrownBy(() -> StateFiles.read(typo))
                .isInstanceOf(StateFileException.class).hasMessageContaining("acounts");
    }

    /** A document whose size grows with {@code cooling}: that many cooling-down numbers. */
    private static StateDocument document(int cooling) {
        Map<String, Instant> numbers = new TreeMap<>();
        for (int i = 0; i < cooling; i++) {
            numbers.put("+1206555" + String.format("%04d", i), Instant.parse("2030-01-01T00:00:00Z"));
        }
        return new StateDocument(1, SourceDocument.simulator(), Instant.parse("2025-01-01T00:00:00Z"),
                new QuotasDocument(5, Map.of()), numbers, Map.of());
    }
}
