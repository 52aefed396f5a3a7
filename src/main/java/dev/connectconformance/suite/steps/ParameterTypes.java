package dev.connectconformance.suite.steps;

import dev.connectconformance.suite.support.ErrorKind;
import dev.connectconformance.suite.support.GroupRef;
import dev.connectconformance.suite.support.InstanceKind;
import dev.connectconformance.suite.support.NumberRef;
import dev.connectconformance.suite.support.NumberTarget;
import dev.connectconformance.suite.support.NumberTargets;
import dev.connectconformance.suite.support.PlannedNumber;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.connect.model.Distribution;

/**
 * The words scenarios use for regions, how a resource is named, errors, statuses, targets, groups and numbers,
 * and the rows of a traffic split. Names in quotes are the scenario's own names for what its Givens made; they
 * are looked up when the step runs.
 */
public class ParameterTypes {

    static final String REGION = "the source region|the replica region|[a-z]{2}-[a-z]+-\\d";
    private static final String GROUP = "the traffic distribution group \"[^\"]*\"|a traffic distribution group that does not exist";

    private final ScenarioContext context;
    private final NumberTargets targets;

    public ParameterTypes(ScenarioContext context, NumberTargets targets) {
        this.context = context;
        this.targets = targets;
    }

    /** "the source region", "the replica region" (the target's two regions) or a region name. */
    @ParameterType(REGION)
    public String region(String text) {
        return switch (text) {
            case "the source region" -> context.sourceRegion();
            case "the replica region" -> context.replicaRegion();
            default -> text;
        };
    }

    /** How the request names the resource: "by its id", "by its full ARN" (optionally "named by ..."). */
    @ParameterType("(?:named )?by its (?:id|full ARN)")
    public Reference reference(String text) {
        return text.endsWith("id") ? Reference.ID : Reference.ARN;
    }

    /** An error as a reader names it, in single quotes: 'not found', 'missing field', ... */
    @ParameterType("'([a-z -]+)'")
    public ErrorKind error(String phrase) {
        return ErrorKind.fromPhrase(phrase);
    }

    @ParameterType("[A-Z][A-Z_]+[A-Z]")
    public String status(String text) {
        return text;
    }

    /** A group the scenario named, or one that does not exist (an ARN of the caller's account, unknown to it). */
    @ParameterType(GROUP)
    public GroupRef group(String text) {
        if (text.startsWith("a traffic distribution group that does not exist")) {
            String id = UUID.randomUUID().toString();
            return new GroupRef("missing", id, "arn:aws:connect:" + context.sourceRegion() + ":" + context.accountId()
                    + ":traffic-distribution-group/" + id);
        }
        return context.group(quoted(text));
    }

    /** Where numbers are claimed, moved or listed: an instance or a group. */
    @ParameterType("the instance|the second instance|" + GROUP)
    public NumberTarget target(String text) {
        return switch (text) {
            case "the instance" -> targets.instance();
            case "the second instance" -> targets.secondInstance();
            default -> targets.group(group(text));
        };
    }

    /** One number the scenario named, or every number it named. */
    @ParameterType("the number \"[^\"]*\"|every number")
    public List<NumberRef> numbers(String text) {
        return text.equals("every number") ? context.numbers() : List.of(context.number(quoted(text)));
    }

    @ParameterType(InstanceKind.PATTERN)
    public InstanceKind instance(String text) {
        return InstanceKind.of(text);
    }

    /** Something the service is asked to do, named for a reader; the value is the operation. */
    @ParameterType("listing of traffic distribution groups|creation of a traffic distribution group")
    public String action(String text) {
        return switch (text) {
            case "listing of traffic distribution groups" -> "ListTrafficDistributionGroups";
            case "creation of a traffic distribution group" -> "CreateTrafficDistributionGroup";
            default -> throw new IllegalArgumentException("no operation for '" + text + "'");
        };
    }

    /** A row of a traffic split: | region | share |, e.g. | the source region | 70% |. */
    @DataTableType
    public Distribution share(Map<String, String> row) {
        String share = row.get("share");
        if (row.get("region") == null || share == null || !share.endsWith("%")) {
            throw new IllegalArgumentException("a split row needs a region and a share like 70%: " + row);
        }
        return Distribution.builder().region(region(row.get("region")))
                .percentage(Integer.parseInt(share.substring(0, share.length() - 1).trim())).build();
    }

    /** A row of | number | claimed in | flow now | flow named for after the move |, the last two yes or no. */
    @DataTableType
    public PlannedNumber plannedNumber(Map<String, String> row) {
        return new PlannedNumber(row.get("number"), region(row.get("claimed in")), yes(row, "flow now"),
                yes(row, "flow named for after the move"));
    }

    private static boolean yes(Map<String, String> row, String column) {
        return switch (String.valueOf(row.get(column))) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("'" + column + "' is yes or no: " + row);
        };
    }

    private static String quoted(String text) {
        return text.substring(text.indexOf('"') + 1, text.lastIndexOf('"'));
    }
}
