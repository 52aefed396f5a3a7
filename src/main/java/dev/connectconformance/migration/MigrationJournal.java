package dev.connectconformance.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The journal a migration writes as it goes: one JSON object a line, appended, each line on disk (flushed and
 * synced) before the next step starts, so after a crash or Ctrl-C it says how far every number got. Shared by the
 * workers: one line at a time.
 */
public final class MigrationJournal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;
    private final FileOutputStream out;

    private MigrationJournal(Path file, Clock clock, boolean append) {
        this.file = file;
        this.clock = clock;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.out = new FileOutputStream(file.toFile(), append);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where {@code migrate} journals when not told: the working folder, one file per group and plan (the group id's
     * first 8 characters and the plan's digest), so a rerun of the same migration finds it.
     */
    public static Path defaultFile(String groupId, String planDigest) {
        return Path.of("migration-" + groupId.substring(0, Math.min(8, groupId.length())) + "-" + planDigest
                + ".jsonl");
    }

    /** Appends to the journal (a rerun resumes from it). */
    public static MigrationJournal appendingTo(Path file, Clock clock) {
        return new MigrationJournal(file, clock, true);
    }

    /** Starts the journal afresh (a rehearsal on a new twin). */
    public static MigrationJournal replacing(Path file, Clock clock) {
        return new MigrationJournal(file, clock, false);
    }

    public Path file() {
        return file;
    }

    /** A new line of the given step, its time filled in; add fields, then {@link #write} it. */
    public ObjectNode line(JournalStep step) {
        ObjectNode line = JSON.createObjectNode();
        line.put("at", clock.instant().toString());
        line.put("step", step.wireName());
        return line;
    }

    /** A line about one number. */
    public ObjectNode line(JournalStep step, String numberArn) {
        return line(step).put("number", numberArn);
    }

    public synchronized void write(ObjectNode line) {
        try {
            out.write((line.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            out.getFD().sync();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
