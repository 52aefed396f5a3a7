package dev.connectconformance.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading back a journal: what a rerun learns from it, a torn last line, and a journal of another migration. */
class JournalHistoryTest {

    private static final String NUMBER = "arn:aws:connect:eu-central-1:210987654321:phone-number/n-1";
    private static final String GROUP = "arn:aws:connect:eu-central-1:210987654321:traffic-distribution-group/g-1";

    @TempDir
    Path dir;

    @Test
    void aRerunLearnsThePreviousFlowTheFailedMovesAndTheLastOutcome() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (MigrationJournal journal = MigrationJournal.appendingTo(file,
                Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC))) {
            journal.write(journal.line(JournalStep.RUN_STARTED).put("tdg", GROUP).put("planDigest", "abc"));
            journal.write(journal.line(JournalStep.MOVE_STARTED, NUMBER).put("previousFlow", "Sales"));
            journal.write(journal.line(JournalStep.SETTLED, NUMBER).put("status", "FAILED"));
            journal.write(journal.line(JournalStep.MOVE_FINISHED, NUMBER).put("outcome", "failed"));
            // a later run no longer sees the flow (the move dropped it) and must not forget it
            journal.write(journal.line(JournalStep.MOVE_STARTED, NUMBER).putNull("previousFlow"));
            journal.write(journal.line(JournalStep.SETTLED, NUMBER).put("status", "CLAIMED"));
            journal.write(journal.line(JournalStep.MOVE_FINISHED, NUMBER).put("outcome", "moved"));
        }
        Files.writeString(file, "{\"at\":\"2026-12-02T08:00:01Z\",\"step\":\"move-fin", java.nio.file.StandardOpenOption.APPEND);

        JournalHistory history = JournalHistory.read(file);

        JournalHistory.NumberHistory number = history.of(NUMBER);
        assertThat(number.started()).isTrue();
        assertThat(number.previousFlow()).hasValue("Sales");
        assertThat(number.failedMoves()).isEqualTo(1);
        assertThat(number.finishedMoved()).isTrue();
        assertThat(history.of(NUMBER.replace("n-1", "n-2")).started()).isFalse();
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("{\"at\":\"2026-12-02T08:00:00Z\",\"step\":\"run-started\","
                + "\"tdg\":\"" + GROUP + "\",\"planDigest\":\"abc\"}");
    }

    @Test
    void aJournalOfAnotherGroupOrPlanIsRefusedByName() throws Exception {
        Path file = Files.writeString(dir.resolve("j.jsonl"), "{\"step\":\"run-started\",\"tdg\":\"" + GROUP
                + "\",\"planDigest\":\"abc\"}\n");
        JournalHistory history = JournalHistory.read(file);

        history.requireSameMigration(file, GROUP, "abc");
        assertThatThrownBy(() -> history.requireSameMigration(file, GROUP.replace("g-1", "g-2"), "abc"))
                .isInstanceOf(JournalException.class).hasMessageContaining("belongs to a migration onto " + GROUP);
        assertThatThrownBy(() -> history.requireSameMigration(file, GROUP, "def"))
                .isInstanceOf(JournalException.class).hasMessageContaining("belongs to another plan (digest abc");
        assertThat(JournalHistory.read(dir.resolve("none.jsonl")).of(NUMBER).started()).isFalse();
    }
}
