package dev.connectconformance.readiness.output;

import dev.connectconformance.output.TextTable;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.Severity;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import dev.connectconformance.readiness.inventory.PlanNumber;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command prints: the inventory as compact tables, the findings grouped by severity, the report files,
 * and the verdict as the last line.
 */
public final class TerminalReport {

    private TerminalReport() {
    }

    public static void print(ReadinessReport report, List<String> files, PrintWriter out) {
        lines(report, files).forEach(out::println);
        out.flush();
    }

    static List<String> lines(ReadinessReport report, List<String> files) {
        Inventory inventory = report.inventory();
        List<String> lines = new ArrayList<>();
        lines.add("Readiness of traffic distribution group " + inventory.group().name());
        lines.add("  " + inventory.group().arn());
        lines.add("  instance " + InventoryText.describe(inventory.instance()) + "; source " + inventory.sourceRegion()
                + ", replica " + inventory.replicaRegion());
        lines.add("");
        TextTable group = new TextTable().row(header("Group", inventory.group().regionNames()));
        InventoryText.groupRows(inventory).forEach(group::row);
        lines.addAll(group.lines(""));
        lines.add("");
        lines.addAll(numbers(inventory));
        lines.add("");
        lines.addAll(plan(inventory));
        lines.add("");
        lines.add("Quota: " + inventory.quota().value() + " numbers (" + inventory.quota().source().label() + ": "
                + inventory.quota().detail() + "); on the group now " + inventory.numbersCountingAgainstQuota()
                + ", after the plan " + (inventory.numbersCountingAgainstQuota()
                + inventory.plan().stream().filter(inventory::moves).count()));
        for (Severity severity : Severity.values()) {
            List<Finding> findings = report.findings(severity);
            if (findings.isEmpty()) {
                continue;
            }
            lines.add("");
            lines.add(severity.heading() + " (" + findings.size() + ")");
            for (Finding finding : findings) {
                lines.add("  " + finding.check() + "  " + finding.region().map(r -> r + "  ").orElse("")
                        + finding.resource());
                lines.add("         " + finding.message());
            }
        }
        lines.add("");
        if (!files.isEmpty()) {
            lines.add("Reports: " + String.join(", ", files));
        }
        lines.add("Verdict: " + report.verdict().wireName() + " (" + count(report, Severity.BLOCKER, "blocker") + ", "
                + count(report, Severity.WARNING, "warning") + ")");
        return lines;
    }

    private static List<String> numbers(Inventory inventory) {
        List<String> regions = inventory.group().regionNames();
        if (inventory.numbers().isEmpty()) {
            return List.of("Numbers on the group: none");
        }
        TextTable table = new TextTable().row(header("Numbers on the group (" + inventory.numbers().size() + ")",
                List.of("status", "flow " + regions.get(0), "flow " + regions.get(1))));
        for (NumberOnGroup number : inventory.numbers()) {
            table.row(number.phoneNumber(), number.status(),
                    InventoryText.flow(inventory, number.flows().get(regions.get(0))),
                    InventoryText.flow(inventory, number.flows().get(regions.get(1))));
        }
        return table.lines("");
    }

    private static List<String> plan(Inventory inventory) {
        if (inventory.planSource().isEmpty()) {
            return List.of("Plan: none named (--plan FILE)");
        }
        TextTable table = new TextTable().row("Plan (" + inventory.planSource().get() + ")", "status", "claimed in",
                "on", "flow now", "flow after");
        for (PlanNumber number : inventory.plan()) {
            table.row("line " + number.entry().line() + "  " + (number.found() ? number.phoneNumber()
                            : number.entry().number()),
                    number.found() ? number.status() : "not found",
                    number.found() ? number.claimedRegion() : InventoryText.NONE,
                    InventoryText.target(inventory, number),
                    InventoryText.flow(inventory, number.currentFlowArn()),
                    InventoryText.plannedFlow(inventory, number));
        }
        return table.lines("");
    }

    private static List<String> header(String first, List<String> rest) {
        List<String> header = new ArrayList<>();
        header.add(first);
        header.addAll(rest);
        return header;
    }

    private static String count(ReadinessReport report, Severity severity, String word) {
        int n = report.findings(severity).size();
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
