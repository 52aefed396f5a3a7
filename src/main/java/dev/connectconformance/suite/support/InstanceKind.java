package dev.connectconformance.suite.support;

/** The kinds of instance a Given can make in a region, as scenarios name them. */
public enum InstanceKind {
    /** ACTIVE, with an alias: the scenario's instance. */
    ACTIVE("an active instance"),
    /** ACTIVE, but without an alias (directory-managed): it cannot be replicated. */
    ACTIVE_WITHOUT_ALIAS("an active instance without an alias"),
    /** Created, still CREATION_IN_PROGRESS. */
    BEING_CREATED("an instance that is still being created"),
    /** ACTIVE, next to the scenario's instance: another target for numbers. */
    SECOND("a second active instance");

    public static final String PATTERN = "an active instance without an alias|an active instance"
            + "|an instance that is still being created|a second active instance";

    private final String words;

    InstanceKind(String words) {
        this.words = words;
    }

    public static InstanceKind of(String words) {
        for (InstanceKind kind : values()) {
            if (kind.words.equals(words)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no kind of instance called '" + words + "'");
    }
}
