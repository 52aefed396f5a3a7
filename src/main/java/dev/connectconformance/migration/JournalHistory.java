package dev.connectconformance.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an earlier run's journal says, read before a rerun: which migration it belongs to and, per number, how far
 * it got. A line that cannot be read (a crash mid-write leaves at most the last one torn) is skipped.
 */
public final class JournalHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<String> groupArn;
    private final Optional<String> planDigest;
    private final Map<String, NumberHistory> numbers;

    private JournalHistory(Optional<String> groupArn, Optional<String> planDigest, Map<String, NumberHistory> numbers) {
        this.groupArn = groupArn;
        this.planDigest = planDigest;
        this.numbers = numbers;
    }

    public static JournalHistory empty() {
        return new JournalHistory(Optional.empty(), Optional.empty(), Map.of());
    }

    public static JournalHistory read(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JournalException("cannot read the journal " + file + ": " + e.getMessage());
        }
        String group = null;
        String digest = null;
        Map<String, NumberHistory> numbers = new HashMap<>();
        for (String text : lines) {
            JsonNode line = parse(text);
            if (line == null || !line.hasNonNull("step")) {
                continue;
            }
            JournalStep step;
            try {
                step = JournalStep.of(line.get("step").asText());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (step == JournalStep.RUN_STARTED) {
                group = group == null ? line.path("tdg").asText(null) : group;
                digest = digest == null ? line.path("planDigest").asText(null) : digest;
            } else if (line.hasNonNull("number")) {
                numbers.computeIfAbsent(line.get("number").asText(), NumberHistory::new).add(step, line);
            }
        }
        return new JournalHistory(Optional.ofNullable(group), Optional.ofNullable(digest), Map.copyOf(numbers));
    }

    /** The journal's first run was for this group and plan, or it has none (a new journal). */
    public void requireSameMigration(Path file, String expectedGroup, String expectedDigest) {
        if (groupArn.isPresent() && !groupArn.get().equals(expectedGroup)) {
            throw new JournalException("the journal " + file + " belongs to a migration onto " + groupArn.get()
                    + ", not " + expectedGroup + ": name another file with --journal");
        }
        if (planDigest.isPresent() && !planDigest.get().equals(expectedDigest)) {
            throw new JournalException("the journal " + file + " belongs to another plan (digest " + planDigest.get()
                    + ", this plan's is " + expectedDigest + "): name another file with --journal");
        }
    }

    public NumberHistory of(String numberArn) {
        return numbers.getOrDefault(numberArn, new NumberHistory(numberArn));
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? null : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    /** How far one number got in earlier runs. */
    public static final class NumberHistory {

        private final String numberArn;
        private String previousFlow;
        private boolean started;
        private int failedMoves;
        private String lastOutcome;

        NumberHistory(String numberArn) {
            this.numberArn = numberArn;
        }

        void add(JournalStep step, JsonNode line) {
            switch (step) {
                case MOVE_STARTED -> {
                    started = true;
                    // the first run saw the flow the move then dropped; later runs no longer can
                    if (previousFlow == null && line.hasNonNull("previousFlow")) {
                        previousFlow = line.get("previousFlow").asText();
                    }
                }
                case SETTLED -> {
                    if ("FAILED".equals(line.path("status").asText())) {
                        failedMoves++;
                    }
                }
                case MOVE_FINISHED -> lastOutcome = line.path("outcome").asText(null);
                default -> {
                }
            }
        }

        public String numberArn() {
            return numberArn;
        }

        /** Whether an earlier run started moving this number. */
        public boolean started() {
            return started;
        }

        /** The name of the flow the number had before the first move, as the first run recorded it. */
        public Optional<String> previousFlow() {
            return Optional.ofNullable(previousFlow);
        }

        /** Moves that settled FAILED: each retry after one is a new move, with a new ClientToken. */
        public int failedMoves() {
            return failedMoves;
        }

        /** The outcome the last finished move recorded ("moved", "flow-lost", "failed", "blocked"). */
        public Optional<String> lastOutcome() {
            return Optional.ofNullable(lastOutcome);
        }

        /** Moved with its flows, as the journal says (a rerun still checks with DescribePhoneNumber). */
        public boolean finishedMoved() {
            return "moved".equals(lastOutcome);
        }
    }
}
