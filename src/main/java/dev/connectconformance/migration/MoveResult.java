package dev.connectconformance.migration;

/** How a number's move ended. */
public enum MoveResult {
    /** On the group, CLAIMED, with its flow associated in both regions. */
    MOVED("moved"),
    /** On the group, CLAIMED, but without a flow: the plan names none and there is no previous one to restore. */
    FLOW_LOST("flow-lost"),
    /** The move was accepted and settled FAILED (a quota, say), or never settled. */
    FAILED("failed"),
    /** The move could not even be tried or was refused at once: not found, not CLAIMED, another region. */
    BLOCKED("blocked"),
    /** Not started: the run was stopped (Ctrl-C) first. */
    NOT_STARTED("not-started");

    private final String wireName;

    MoveResult(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
