package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.connectconformance.simulator.state.QuotaSettings;
import java.util.Map;

/**
 * The quotas: "phone numbers per instance" (also per traffic distribution group) and "instances per account and
 * region".
 *
 * @param phoneNumbersPerTarget the default for every target
 * @param overrides             the value of single targets, by instance or group ARN
 * @param instancesPerRegion    the default instance quota of every account; absent means AWS's default, 2
 * @param instanceOverrides     the instance quota of single accounts, by account id
 */
@JsonPropertyOrder({"phoneNumbersPerTarget", "overrides", "instancesPerRegion", "instanceOverrides"})
public record QuotasDocument(int phoneNumbersPerTarget, Map<String, Integer> overrides, Integer instancesPerRegion,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> instanceOverrides) {

    public QuotasDocument {
        overrides = overrides == null ? Map.of() : overrides;
        instancesPerRegion = instancesPerRegion == null ? QuotaSettings.AWS_DEFAULT_INSTANCES_PER_REGION
                : instancesPerRegion;
        instanceOverrides = instanceOverrides == null ? Map.of() : instanceOverrides;
    }

    /** Only the phone-number quota; the instance quota at AWS's default. */
    public QuotasDocument(int phoneNumbersPerTarget, Map<String, Integer> overrides) {
        this(phoneNumbersPerTarget, overrides, null, null);
    }
}
