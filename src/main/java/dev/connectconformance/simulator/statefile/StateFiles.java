package dev.connectconformance.simulator.statefile;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * State documents on disk. Writes go to a temporary file in the target's directory, are forced to the disk and
 * then renamed over the target in one atomic step, so a reader (or a restart after a crash) sees the previous
 * file or the new one, never half of one.
 */
public final class StateFiles {

    private StateFiles() {
    }

    /** Reads and parses a document; a missing or unreadable file is a {@link StateFileException} naming it. */
    public static StateDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return StateFormat.read(in);
        } catch (NoSuchFileException e) {
            throw new StateFileException("state file " + file + " does not exist");
        } catch (StateFileException e) {
            throw new StateFileException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StateFileException("state file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes {@code content} to {@code file} atomically (see the class comment). */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                // Writers may close what they are given; the channel must stay open to be forced.
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        this.out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + target + " cannot rename atomically; keep the state "
                        + "file on a local disk", e);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** What goes into a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
