package dev.connectconformance.suite.support;

/** How a step names a resource: by its bare id or by its full ARN. */
public enum Reference {
    ID, ARN;

    public String of(String id, String arn) {
        return this == ID ? id : arn;
    }
}
