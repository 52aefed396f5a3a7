package dev.connectconformance.readiness.inventory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A number ListPhoneNumbersV2 lists on the group, with what DescribePhoneNumber and the flow associations say.
 *
 * @param message     the status message (why a number FAILED), if any
 * @param visibleByArn per region: whether DescribePhoneNumber finds it by its ARN there
 * @param flows       per region: the flow associated with it there
 */
public record NumberOnGroup(String arn, String phoneNumber, String status, Optional<String> message,
                            Map<String, Boolean> visibleByArn, Map<String, Optional<String>> flows) {

    public NumberOnGroup {
        visibleByArn = Collections.unmodifiableMap(new LinkedHashMap<>(visibleByArn));
        flows = Collections.unmodifiableMap(new LinkedHashMap<>(flows));
    }

    public boolean isClaimed() {
        return "CLAIMED".equals(status);
    }

    /** A FAILED number holds no place under the group's quota. */
    public boolean countsAgainstQuota() {
        return !"FAILED".equals(status);
    }
}
