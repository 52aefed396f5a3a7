package dev.connectconformance.simulator.state;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Amazon Connect ARN: {@code arn:aws:connect:<region>:<account>:<resource>}. */
public record Arn(String region, String accountId, String resource) {

    private static final Pattern FORM = Pattern.compile("^arn:(aws|aws-us-gov|aws-cn):connect:([a-z0-9-]*):(\\d{12}):(.+)$");

    public static Optional<Arn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        return m.matches() ? Optional.of(new Arn(m.group(2), m.group(3), m.group(4))) : Optional.empty();
    }

    public static boolean looksLikeArn(String text) {
        return text != null && text.startsWith("arn:");
    }

    public static String instance(String region, String accountId, String instanceId) {
        return new Arn(region, accountId, "instance/" + instanceId).toString();
    }

    public static String trafficDistributionGroup(String region, String accountId, String tdgId) {
        return new Arn(region, accountId, "traffic-distribution-group/" + tdgId).toString();
    }

    public static String phoneNumber(String region, String accountId, String phoneNumberId) {
        return new Arn(region, accountId, "phone-number/" + phoneNumberId).toString();
    }

    /**
     * The form the older ListPhoneNumbers gives a number's ARN, under the instance (PN-16). No other operation
     * takes it: they name a number by {@link #phoneNumber}.
     */
    public static String legacyPhoneNumber(String region, String accountId, String instanceId, String phoneNumberId) {
        return new Arn(region, accountId, "instance/" + instanceId + "/phone-number/" + phoneNumberId).toString();
    }

    public static String flow(String region, String accountId, String instanceId, String flowId) {
        return new Arn(region, accountId, "instance/" + instanceId + "/contact-flow/" + flowId).toString();
    }

    public static String user(String region, String accountId, String instanceId, String userId) {
        return new Arn(region, accountId, "instance/" + instanceId + "/agent/" + userId).toString();
    }

    public static String securityProfile(String region, String accountId, String instanceId, String profileId) {
        return new Arn(region, accountId, "instance/" + instanceId + "/security-profile/" + profileId).toString();
    }

    public static String routingProfile(String region, String accountId, String instanceId, String profileId) {
        return new Arn(region, accountId, "instance/" + instanceId + "/routing-profile/" + profileId).toString();
    }

    /** The resource type: the resource text up to the first '/'. */
    public String resourceType() {
        int slash = resource.indexOf('/');
        return slash < 0 ? resource : resource.substring(0, slash);
    }

    /** The last path segment of the resource: the resource's own id. */
    public String resourceId() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return "arn:aws:connect:" + region + ":" + accountId + ":" + resource;
    }
}
