package dev.connectconformance.suite.steps;

import dev.connectconformance.suite.support.ErrorKind;
import dev.connectconformance.suite.support.Reference;
import dev.connectconformance.suite.support.ScenarioContext;
import io.cucumber.java.ParameterType;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.services.connect.model.Distribution;

/** The words scenarios use for regions, references, errors, statuses and traffic splits. */
public class ParameterTypes {

    static final String REGION = "the source region|the replica region|[a-z]{2}-[a-z]+-\\d";

    private final ScenarioContext context;

    public ParameterTypes(ScenarioContext context) {
        this.context = context;
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

    @ParameterType("its id|its ARN|its full ARN")
    public Reference reference(String text) {
        return text.equals("its id") ? Reference.ID : Reference.ARN;
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

    /** "the source region 70% and the replica region 30%" */
    @ParameterType("(?:" + REGION + ") \\d+%(?: and (?:" + REGION + ") \\d+%)*")
    public List<Distribution> split(String text) {
        return Arrays.stream(text.split(" and ")).map(part -> {
            int space = part.lastIndexOf(' ');
            return Distribution.builder().region(region(part.substring(0, space)))
                    .percentage(Integer.parseInt(part.substring(space + 1, part.length() - 1))).build();
        }).toList();
    }

    /**
     * Something the service is asked to do, named for a reader, one or several times ("move of a number",
     * "moves of a number"); the value is the operation.
     */
    @ParameterType("listings? of traffic distribution groups|creations? of a traffic distribution group"
            + "|moves? of a number|lookups? of a number")
    public String action(String text) {
        return switch (text.replaceFirst("^(\\w+?)s of ", "$1 of ")) {
            case "listing of traffic distribution groups" -> "ListTrafficDistributionGroups";
            case "creation of a traffic distribution group" -> "CreateTrafficDistributionGroup";
            case "move of a number" -> "UpdatePhoneNumber";
            case "lookup of a number" -> "DescribePhoneNumber";
            default -> throw new IllegalArgumentException("no operation for '" + text + "'");
        };
    }
}
