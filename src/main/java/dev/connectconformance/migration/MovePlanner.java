package dev.connectconformance.migration;

import dev.connectconformance.migration.JournalHistory.NumberHistory;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.PlanNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what readiness discovered (read-only) and what an earlier run journalled into the moves to make, in plan
 * order: the ClientToken of each, and the flow to associate afterwards, found by name in both regions.
 */
public final class MovePlanner {

    private final Inventory inventory;
    private final JournalHistory history;
    private final String planDigest;

    public MovePlanner(Inventory inventory, JournalHistory history, String planDigest) {
        this.inventory = inventory;
        this.history = history;
        this.planDigest = planDigest;
    }

    public List<Move> moves() {
        List<Move> moves = new ArrayList<>();
        for (PlanNumber number : inventory.plan()) {
            moves.add(move(number));
        }
        return moves;
    }

    private Move move(PlanNumber number) {
        int line = number.entry().line();
        String written = number.entry().number();
        if (!number.found()) {
            return new Move(line, written, null, number.phoneNumber(), null,
                    Optional.of("not found: " + number.note().orElse("no such number")), false, false,
                    Optional.empty(), Optional.of("the number was not found"), Optional.empty(), null, 0);
        }
        NumberHistory past = history.of(number.arn());
        boolean onGroup = inventory.group().arn().equals(number.targetArn());
        Optional<String> previousFlow = past.previousFlow()
                .or(() -> number.currentFlowArn().map(arn -> inventory.flowNames().get(arn)));
        Optional<String> plannedName = number.entry().flow()
                .map(written2 -> number.plannedFlowArn().map(arn -> inventory.flowNames().get(arn)).orElse(written2));
        Optional<FlowChoice> flow = Optional.empty();
        Optional<String> noFlow = Optional.empty();
        if (plannedName.isPresent()) {
            flow = choice(plannedName.get(), "plan");
            if (flow.isEmpty()) {
                noFlow = Optional.of("the plan's flow '" + number.entry().flow().get() + "' is not a flow of instance "
                        + inventory.groupInstance().id() + " in both " + String.join(" and ",
                        inventory.group().regionNames()));
            }
        } else if (previousFlow.isPresent()) {
            flow = choice(previousFlow.get(), "previous");
            if (flow.isEmpty()) {
                noFlow = Optional.of("the plan names no flow and the previous flow '" + previousFlow.get()
                        + "' is gone from " + String.join(" or ", inventory.group().regionNames()));
            }
        } else {
            noFlow = Optional.of("the plan names no flow and the number had none");
        }
        int attempt = past.failedMoves();
        return new Move(line, written, number.arn(), number.phoneNumber(), number.claimedRegion(), Optional.empty(),
                onGroup, onGroup && past.finishedMoved(), flow, noFlow, previousFlow,
                ClientTokens.of(number.arn(), inventory.group().arn(), planDigest, attempt), attempt);
    }

    /** The flow of that name in every region of the group, or none when a region does not list it. */
    private Optional<FlowChoice> choice(String name, String origin) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String region : inventory.group().regionNames()) {
            Optional<String> arn = inventory.flowNames().entrySet().stream()
                    .filter(e -> name.equals(e.getValue()) && region.equals(regionOf(e.getKey())))
                    .map(Map.Entry::getKey).findFirst();
            if (arn.isEmpty()) {
                return Optional.empty();
            }
            ids.put(region, arn.get().substring(arn.get().lastIndexOf('/') + 1));
        }
        return Optional.of(new FlowChoice(name, origin, ids));
    }

    private static String regionOf(String arn) {
        String[] fields = arn.split(":", 6);
        return fields.length == 6 ? fields[3] : "";
    }
}
