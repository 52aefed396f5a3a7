package dev.connectconformance.readiness.checks;

import java.util.Optional;

/**
 * One thing readiness has to say.
 *
 * @param check    the catalogue rule it comes from (RD-01..RD-07, or a rule it rests on such as PN-10)
 * @param resource the ARN or number concerned
 * @param region   the region it applies to, when it applies to one
 * @param message  what is wrong and what to do, in plain words
 */
public record Finding(String check, Severity severity, String resource, Optional<String> region, String message) {

    public static Finding blocker(String check, String resource, String region, String message) {
        return new Finding(check, Severity.BLOCKER, resource, Optional.ofNullable(region), message);
    }

    public static Finding warning(String check, String resource, String region, String message) {
        return new Finding(check, Severity.WARNING, resource, Optional.ofNullable(region), message);
    }

    public static Finding info(String check, String resource, String region, String message) {
        return new Finding(check, Severity.INFO, resource, Optional.ofNullable(region), message);
    }
}
