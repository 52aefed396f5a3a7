package dev.connectconformance.migration;

/** The kinds of line in a migration journal, in the order a move writes them; docs/migration.md describes each. */
public enum JournalStep {
    RUN_STARTED("run-started"),
    MOVE_STARTED("move-started"),
    RETRY("retry"),
    UPDATE_SENT("update-sent"),
    SETTLED("settled"),
    FLOW_ASSOCIATED("flow-associated"),
    MOVE_FINISHED("move-finished"),
    INTERRUPTED("interrupted"),
    RUN_FINISHED("run-finished");

    private final String wireName;

    JournalStep(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static JournalStep of(String wireName) {
        for (JournalStep step : values()) {
            if (step.wireName.equals(wireName)) {
                return step;
            }
        }
        throw new IllegalArgumentException("unknown journal step '" + wireName + "'");
    }
}
