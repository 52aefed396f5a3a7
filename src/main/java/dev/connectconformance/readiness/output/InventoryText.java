package dev.connectconformance.readiness.output;

import dev.connectconformance.readiness.inventory.GroupInRegion;
import dev.connectconformance.readiness.inventory.InstanceView;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.PlanNumber;
import dev.connectconformance.readiness.inventory.TrafficSplit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The words the terminal table and the page share for the inventory's cells. */
final class InventoryText {

    static final String NONE = "-";

    private InventoryText() {
    }

    /** A flow by its name when discovery listed it, else by its ARN; "-" for none. */
    static String flow(Inventory inventory, Optional<String> flowArn) {
        return flowArn.map(arn -> inventory.flowNames().getOrDefault(arn, arn)).orElse(NONE);
    }

    /** The flow the plan names for after the move: by name once found on the instance, else as written. */
    static String plannedFlow(Inventory inventory, PlanNumber number) {
        return number.entry().flow().isEmpty() ? NONE
                : flow(inventory, number.plannedFlowArn().or(number.entry()::flow));
    }

    /** Where a plan number is now, from the plan's point of view. */
    static String target(Inventory inventory, PlanNumber number) {
        if (!number.found()) {
            return "not found";
        }
        if (number.targetArn().equals(inventory.group().arn())) {
            return "the group";
        }
        if (number.targetArn().equals(inventory.instance().arn())) {
            return "the instance";
        }
        String kind = number.targetArn().contains(":traffic-distribution-group/") ? "group " : "instance ";
        return kind + number.targetArn().substring(number.targetArn().lastIndexOf('/') + 1);
    }

    static String describe(InstanceView instance) {
        return instance.alias() == null ? instance.id() : instance.alias() + " (" + instance.id() + ")";
    }

    /**
     * The rows of the group table, one cell per region: status, default flag and instance as each region
     * reports them; the shares of each region from the split the home region reports (the one RD-04 judges).
     */
    static List<List<String>> groupRows(Inventory inventory) {
        List<GroupInRegion> regions = inventory.group().regions();
        Optional<TrafficSplit> split = inventory.group().inSource().split();
        return List.of(
                row("status", regions, g -> g.status().orElse("not found")),
                row("default group", regions, g -> g.found() ? (g.isDefault() ? "yes" : "no") : NONE),
                row("instance", regions, g -> g.instanceArn() == null ? NONE
                        : g.instanceArn().substring(g.instanceArn().lastIndexOf('/') + 1)),
                row("telephony", regions, g -> share(split, TrafficSplit::telephony, g.region())),
                row("sign-in", regions, g -> split.map(s -> s.signIn().get(g.region()))
                        .map(on -> on ? "on" : "off").orElse(NONE)),
                row("agents", regions, g -> share(split, TrafficSplit::agents, g.region())));
    }

    private static String share(Optional<TrafficSplit> split, Function<TrafficSplit, Map<String, Integer>> part,
                                String region) {
        return split.map(part).map(shares -> shares.get(region)).map(p -> p + "%").orElse(NONE);
    }

    private static List<String> row(String label, List<GroupInRegion> regions, Function<GroupInRegion, String> cell) {
        List<String> row = new java.util.ArrayList<>();
        row.add(label);
        regions.forEach(region -> row.add(cell.apply(region)));
        return row;
    }
}
