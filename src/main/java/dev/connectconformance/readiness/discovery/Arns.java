package dev.connectconformance.readiness.discovery;

/** The two parts of a Connect ARN discovery needs: its region and the resource's own id. */
final class Arns {

    private Arns() {
    }

    /** The region of any Connect ARN (its fourth field), or null when the text is no ARN. */
    static String regionOf(String arn) {
        String[] fields = arn == null ? new String[0] : arn.split(":", 6);
        return fields.length == 6 ? fields[3] : null;
    }

    /** The last path segment of an ARN: the resource's own id. */
    static String idOf(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
