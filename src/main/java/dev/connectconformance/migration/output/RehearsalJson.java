package dev.connectconformance.migration.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.migration.Prediction;
import dev.connectconformance.migration.RehearsalReport;
import dev.connectconformance.readiness.inventory.Inventory;
import java.util.List;

/** The rehearsal as JSON; docs/migration.md describes every field. */
public final class RehearsalJson {

    private RehearsalJson() {
    }

    public static String of(RehearsalReport report) {
        Inventory inventory = report.readiness().inventory();
        ObjectNode root = MigrationJson.JSON.createObjectNode();
        root.put("twin", report.twin());
        root.put("tdg", inventory.group().arn());
        root.put("plan", report.planName());
        ArrayNode outcomes = root.putArray("outcomes");
        List<String> regions = inventory.group().regionNames();
        for (Prediction p : report.predictions()) {
            ObjectNode node = outcomes.addObject();
            node.put("line", p.outcome().move().line());
            node.put("phoneNumber", p.phoneNumber());
            node.put("arn", p.arn());
            node.put("predicted", p.predicted());
            node.put("reason", p.reason());
            ObjectNode flows = node.putObject("flows");
            regions.forEach(region -> flows.put(region, p.outcome().flows().get(region)));
        }
        ObjectNode summary = root.putObject("summary");
        for (String kind : List.of(Prediction.MOVED, Prediction.FAILED, Prediction.BLOCKED, Prediction.FLOW_LOST)) {
            summary.put(kind, report.count(kind));
        }
        root.putObject("quota").put("value", inventory.quota().value())
                .put("source", inventory.quota().source().wireName()).put("detail", inventory.quota().detail());
        ObjectNode readiness = root.putObject("readiness");
        readiness.put("verdict", report.readiness().verdict().wireName());
        readiness.set("findings", MigrationJson.findings(report.readiness().findings()));
        root.put("journal", report.journal());
        root.put("exitCode", report.exitCode());
        return MigrationJson.write(root);
    }
}
