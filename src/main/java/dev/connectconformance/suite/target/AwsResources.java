package dev.connectconformance.suite.target;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The existing resources of a real account the suite may look at, from its resources file (see
 * conformance-aws.example.properties): the replicated instance, the migration's traffic distribution group,
 * optionally the migration's plan file, and optionally another account's group. Numbers are not listed: the
 * scenarios discover them (the group's numbers, the instance's numbers) the way the readiness command does.
 */
public record AwsResources(String instanceId, String trafficDistributionGroupArn, Optional<Path> planFile,
                           Optional<String> otherAccountGroupArn) {

    public static AwsResources load(Path file) {
        Properties p = TargetSettings.load(file);
        Path folder = file.toAbsolutePath().getParent();
        return new AwsResources(required(p, "instance.id", file), required(p, "tdg.arn", file),
                optional(p, "plan.file").map(folder::resolve), optional(p, "other.tdg.arn"));
    }

    /** The account the group's ARN names. */
    public String accountId() {
        return trafficDistributionGroupArn.split(":")[4];
    }

    private static String required(Properties p, String key, Path file) {
        return optional(p, key).orElseThrow(() -> new IllegalStateException(file + " must set " + key));
    }

    private static Optional<String> optional(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
