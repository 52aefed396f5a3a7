package dev.connectconformance.suite.target;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The existing resources of a real account the suite may look at, from its resources file (see
 * conformance-aws.example.properties): the replicated instance, the migration's traffic distribution group,
 * numbers already on it, numbers the plan still has to move, and optionally another account's group.
 */
public record AwsResources(String instanceId, String trafficDistributionGroupArn, List<String> numbersOnGroup,
                           List<String> plannedNumbers, int numbersPerTarget,
                           Optional<String> otherAccountGroupArn) {

    public static AwsResources load(Path file) {
        Properties p = TargetSettings.load(file);
        return new AwsResources(required(p, "instance.id", file), required(p, "tdg.arn", file),
                list(p.getProperty("tdg.numbers", "")), list(p.getProperty("plan.numbers", "")),
                Integer.parseInt(p.getProperty("quota.phoneNumbersPerTarget", "5").trim()),
                Optional.ofNullable(p.getProperty("other.tdg.arn")).map(String::trim).filter(v -> !v.isEmpty()));
    }

    /** The account the group's ARN names. */
    public String accountId() {
        return trafficDistributionGroupArn.split(":")[4];
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key, "").trim();
        if (value.isEmpty()) {
            throw new IllegalStateException(file + " must set " + key);
        }
        return value;
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
