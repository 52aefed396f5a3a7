package dev.connectconformance.readiness.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.inventory.GroupInRegion;
import dev.connectconformance.readiness.inventory.InstanceView;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import dev.connectconformance.readiness.inventory.PlanNumber;
import java.util.Map;

/**
 * The report as JSON, for scripts and pipelines; docs/readiness.md documents every field. Absent values are
 * {@code null}, never left out, so a reader can rely on the shape.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String of(ReadinessReport report) {
        Inventory inventory = report.inventory();
        ObjectNode root = JSON.createObjectNode();
        root.put("verdict", report.verdict().wireName());
        root.put("checkedAt", report.checkedAt().toString());
        root.set("tdg", group(inventory));
        root.set("instance", instance(inventory.instance()));
        ArrayNode numbers = root.putArray("numbers");
        inventory.numbers().forEach(n -> numbers.add(number(n)));
        ArrayNode plan = root.putArray("plan");
        inventory.plan().forEach(p -> plan.add(planned(inventory, p)));
        root.putObject("quota").put("value", inventory.quota().value())
                .put("source", inventory.quota().source().wireName()).put("detail", inventory.quota().detail());
        root.putObject("allowance").putNull("used").put("cap", 2 * inventory.quota().value());
        ArrayNode checks = root.putArray("checks");
        report.checks().forEach(checks::add);
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> findings.add(finding(f)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the readiness report could not be written as JSON", e);
        }
    }

    private static ObjectNode group(Inventory inventory) {
        ObjectNode group = JSON.createObjectNode().put("arn", inventory.group().arn())
                .put("name", inventory.group().name()).put("sourceRegion", inventory.sourceRegion())
                .put("replicaRegion", inventory.replicaRegion())
                .put("instanceArn", inventory.groupInstance().arn());
        ObjectNode regions = group.putObject("regions");
        for (GroupInRegion seen : inventory.group().regions()) {
            ObjectNode region = regions.putObject(seen.region());
            region.put("found", seen.found()).put("status", seen.status().orElse(null))
                    .put("isDefault", seen.found() ? seen.isDefault() : null).put("instanceArn", seen.instanceArn());
            region.set("telephony", seen.split().map(s -> map(s.telephony())).orElse(null));
            region.set("signIn", seen.split().map(s -> map(s.signIn())).orElse(null));
            region.set("agents", seen.split().map(s -> map(s.agents())).orElse(null));
            region.put("note", seen.note().orElse(null));
        }
        return group;
    }

    private static ObjectNode instance(InstanceView instance) {
        return JSON.createObjectNode().put("id", instance.id()).put("arn", instance.arn())
                .put("alias", instance.alias()).put("replicaRegion", instance.replicaRegion().orElse(null))
                .put("replicationStatus", instance.replicationStatus().orElse(null));
    }

    private static ObjectNode number(NumberOnGroup number) {
        ObjectNode node = JSON.createObjectNode().put("arn", number.arn()).put("phoneNumber", number.phoneNumber())
                .put("status", number.status()).put("message", number.message().orElse(null));
        node.set("visibleByArn", map(number.visibleByArn()));
        ObjectNode flows = node.putObject("flows");
        number.flows().forEach((region, flow) -> flows.put(region, flow.orElse(null)));
        return node;
    }

    private static ObjectNode planned(Inventory inventory, PlanNumber number) {
        return JSON.createObjectNode().put("line", number.entry().line()).put("entry", number.entry().number())
                .put("found", number.found()).put("arn", number.arn()).put("phoneNumber", number.phoneNumber())
                .put("status", number.status()).put("message", number.message().orElse(null))
                .put("claimedRegion", number.claimedRegion()).put("targetArn", number.targetArn())
                .put("targetInstanceArn", number.targetInstanceArn()).put("moves", inventory.moves(number))
                .put("currentFlow", number.currentFlowArn().orElse(null))
                .put("plannedFlow", number.entry().flow().orElse(null))
                .put("plannedFlowArn", number.plannedFlowArn().orElse(null))
                .put("note", number.note().orElse(null));
    }

    private static ObjectNode finding(Finding finding) {
        return JSON.createObjectNode().put("check", finding.check()).put("severity", finding.severity().wireName())
                .put("resource", finding.resource()).put("region", finding.region().orElse(null))
                .put("message", finding.message());
    }

    private static ObjectNode map(Map<String, ?> values) {
        return JSON.valueToTree(values);
    }
}
