package dev.connectconformance.account;

/** The two parts of a Connect ARN the reads need: its region and the resource's own id. */
public final class Arns {

    private Arns() {
    }

    /** The region of any Connect ARN (its fourth field), or null when the text is no ARN. */
    public static String regionOf(String arn) {
        String[] fields = arn == null ? new String[0] : arn.split(":", 6);
        return fields.length == 6 ? fields[3] : null;
    }

    /** The last path segment of an ARN: the resource's own id. */
    public static String idOf(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
