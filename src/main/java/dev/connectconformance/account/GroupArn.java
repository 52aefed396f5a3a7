package dev.connectconformance.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ARN of a traffic distribution group: it names the group's home (source) region and its account. */
public record GroupArn(String arn, String region, String accountId, String id) {

    private static final Pattern FORM = Pattern.compile(
            "arn:aws(?:-[a-z-]+)?:connect:([a-z]{2}(?:-[a-z]+)+-\\d):(\\d{12}):traffic-distribution-group/([A-Za-z0-9-]+)");

    public static GroupArn parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new CannotCheck("--tdg must be the full ARN of a traffic distribution group, "
                    + "arn:aws:connect:<region>:<account>:traffic-distribution-group/<id>, not '" + text + "'");
        }
        return new GroupArn(text.trim(), m.group(1), m.group(2), m.group(3));
    }
}
