package dev.connectconformance.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the files people open (pages, JSON, JUnit XML): the folders are created, and the text goes to a sibling
 * temporary file that is then moved over the target, so a browser or a pipeline never reads half a file.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** Writes the text as UTF-8 and answers the file; a failure names the file. */
    public static Path write(Path file, String text) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            // a plain sibling (not Files.createTempFile), so the file gets the usual permissions, not owner-only
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic renames: still never a half-written target while the text is written
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
