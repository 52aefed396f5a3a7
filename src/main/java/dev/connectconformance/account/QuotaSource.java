package dev.connectconformance.account;

/** Where the group's phone-number quota came from, from the most to the least trusted. */
public enum QuotaSource {
    OPTION("option", "--quota"),
    APPLIED("applied", "Service Quotas, applied value"),
    AWS_DEFAULT("aws-default", "Service Quotas, AWS default"),
    ASSUMED("assumed", "not readable, assumed");

    private final String wireName;
    private final String label;

    QuotaSource(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    /** The name in the JSON report. */
    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }
}
