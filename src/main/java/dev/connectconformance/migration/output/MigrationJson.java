package dev.connectconformance.migration.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.migration.MigrationReport;
import dev.connectconformance.migration.MoveOutcome;
import dev.connectconformance.readiness.checks.Finding;
import java.util.List;

/** The results of {@code migrate --execute} as JSON; docs/migration.md describes every field. */
public final class MigrationJson {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MigrationJson() {
    }

    public static String of(MigrationReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("tdg", report.groupArn());
        root.put("plan", report.planName());
        root.put("planDigest", report.planDigest());
        root.put("journal", report.journal());
        ArrayNode outcomes = root.putArray("outcomes");
        for (MoveOutcome outcome : report.outcomes()) {
            ObjectNode node = outcomes.addObject();
            node.put("line", outcome.move().line());
            node.put("phoneNumber", outcome.move().phoneNumber());
            node.put("arn", outcome.move().arn());
            node.put("outcome", outcome.result().wireName());
            node.put("reason", outcome.reason());
            node.put("clientToken", outcome.move().clientToken());
            ObjectNode flows = node.putObject("flows");
            report.regions().forEach(region -> flows.put(region, outcome.flows().get(region)));
            if (outcome.verified().isPresent()) {
                node.put("verified", outcome.verified().get());
            } else {
                node.putNull("verified");
            }
            node.put("verification", outcome.verification().orElse(null));
        }
        root.set("tolerated", findings(report.tolerated()));
        root.put("exitCode", report.exitCode());
        return write(root);
    }

    static ArrayNode findings(List<Finding> findings) {
        ArrayNode array = JSON.createArrayNode();
        for (Finding finding : findings) {
            array.addObject().put("check", finding.check()).put("severity", finding.severity().wireName())
                    .put("resource", finding.resource()).put("region", finding.region().orElse(null))
                    .put("message", finding.message());
        }
        return array;
    }

    static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the results could not be written as JSON", e);
        }
    }
}
