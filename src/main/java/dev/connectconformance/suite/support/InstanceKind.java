package dev.connectconformance.suite.support;

/** The kinds of instance a Given can make in a region, as scenarios name them. */
public enum InstanceKind {
    /** ACTIVE, with an alias, users signing in through SAML: the scenario's instance. */
    ACTIVE("an active instance"),
    /** ACTIVE, with an alias, users managed in Amazon Connect (CONNECT_MANAGED): it cannot be replicated. */
    CONNECT_MANAGED("an active instance that manages its users itself"),
    /** ACTIVE, with an alias, users in an existing directory (EXISTING_DIRECTORY): it cannot be replicated. */
    EXISTING_DIRECTORY("an active instance with users in an existing directory"),
    /** ACTIVE, but without an alias (directory-managed): it cannot be replicated. */
    ACTIVE_WITHOUT_ALIAS("an active instance without an alias"),
    /** Created, still CREATION_IN_PROGRESS. */
    BEING_CREATED("an instance that is still being created"),
    /** ACTIVE, next to the scenario's instance: another target for numbers. */
    SECOND("a second active instance");

    public static final String PATTERN = "an active instance without an alias"
            + "|an active instance that manages its users itself|an active instance with users in an existing directory"
            + "|an active instance"
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
