package dev.connectconformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of the suite against a real account established, small enough to commit:
 * {@code validation/<date>-<label>.json}. It names the suite version, the regions, whether changes were allowed,
 * the account masked ({@code ********9012}) and each rule's status; never an account id, a profile's keys or any
 * other credential. The conformance page reads these files to say, rule by rule, when AWS last confirmed it.
 *
 * @param endpoint {@link #AWS_ENDPOINT} when the run talked to AWS's own endpoints; {@link #CUSTOM_ENDPOINT} when
 *                 an endpoint override pointed it elsewhere (a simulator, a proxy), which confirms nothing about AWS
 * @param rules    rule id to passed, failed or skipped; rules the run did not cover are left out
 */
public record ValidationRecord(LocalDate date, String label, String suiteVersion, String endpoint,
                               String maskedAccount, Map<String, String> regions, boolean allowChanges,
                               Optional<String> tags, Map<String, RuleStatus> rules) {

    public static final int FORMAT = 1;
    public static final String AWS_ENDPOINT = "aws";
    public static final String CUSTOM_ENDPOINT = "custom";

    public ValidationRecord {
        regions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** Whether the run talked to AWS itself, so what passed is confirmed on AWS. */
    public boolean onAws() {
        return AWS_ENDPOINT.equals(endpoint);
    }

    /** The file name the record is committed under: date and label, so runs of a day by several teams coexist. */
    public String fileName() {
        return date + "-" + label + ".json";
    }

    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("date", date.toString());
        root.put("label", label);
        root.put("suiteVersion", suiteVersion);
        root.put("endpoint", endpoint);
        root.put("account", maskedAccount);
        ObjectNode regionsNode = root.putObject("regions");
        regions.forEach(regionsNode::put);
        root.put("allowChanges", allowChanges);
        root.put("tags", tags.orElse(null));
        ObjectNode rulesNode = root.putObject("rules");
        rules.forEach((id, status) -> rulesNode.put(id, status.label()));
        return root;
    }

    /** Reads a record; a file that is not one (another format, a missing date) is an IOException naming why. */
    public static ValidationRecord read(JsonNode root) throws IOException {
        if (!root.isObject()) {
            throw new IOException("not a JSON object");
        }
        if (root.path("format").asInt(-1) != FORMAT) {
            throw new IOException("format " + root.path("format") + " is not " + FORMAT);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(root.path("date").asText(""));
        } catch (DateTimeParseException e) {
            throw new IOException("no date (yyyy-mm-dd): " + root.path("date"));
        }
        Map<String, String> regions = new LinkedHashMap<>();
        root.path("regions").properties().forEach(e -> regions.put(e.getKey(), e.getValue().asText()));
        Map<String, RuleStatus> rules = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> rule : root.path("rules").properties()) {
            rules.put(rule.getKey(), status(rule.getKey(), rule.getValue().asText()));
        }
        JsonNode tags = root.get("tags");
        return new ValidationRecord(date, root.path("label").asText("unknown"),
                root.path("suiteVersion").asText("unknown"), root.path("endpoint").asText(CUSTOM_ENDPOINT),
                root.path("account").asText("unknown"), regions, root.path("allowChanges").asBoolean(false),
                tags == null || tags.isNull() ? Optional.empty() : Optional.of(tags.asText()), rules);
    }

    private static RuleStatus status(String rule, String label) throws IOException {
        for (RuleStatus status : RuleStatus.values()) {
            if (status != RuleStatus.NOT_COVERED && status.label().equals(label.toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        throw new IOException("rule " + rule + " has status '" + label + "', not passed, failed or skipped");
    }
}
