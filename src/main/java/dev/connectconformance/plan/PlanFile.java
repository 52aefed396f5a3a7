package dev.connectconformance.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a migration plan: one number a line, by full ARN or in E.164, optionally followed by {@code ,FLOW} (a flow
 * id, ARN or name); {@code #} starts a comment and blank lines are skipped. A line it cannot read is an error that
 * names the line: a wrong entry must never be ignored.
 */
public final class PlanFile {

    private static final Pattern PHONE_NUMBER_ARN =
            Pattern.compile("arn:aws(-[a-z-]+)?:connect:[a-z0-9-]+:\\d{12}:phone-number/[A-Za-z0-9-]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

    private PlanFile() {
    }

    public static Plan read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanFileException("cannot read the plan file " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /** Parses a plan's text; {@code name} is how messages refer to it (the file's path). */
    public static Plan parse(String name, String text) {
        List<PlanEntry> entries = new ArrayList<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = withoutComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            PlanEntry entry = entry(name, lineNumber, line);
            Integer earlier = firstSeen.putIfAbsent(entry.number(), lineNumber);
            if (earlier != null) {
                throw new PlanFileException(name + " line " + lineNumber + ": " + entry.number()
                        + " is already planned on line " + earlier + "; list each number once");
            }
            entries.add(entry);
        }
        return new Plan(Optional.of(name), entries);
    }

    private static PlanEntry entry(String name, int lineNumber, String line) {
        int comma = line.indexOf(',');
        String number = (comma < 0 ? line : line.substring(0, comma)).strip();
        if (!PHONE_NUMBER_ARN.matcher(number).matches() && !E164.matcher(number).matches()) {
            throw new PlanFileException(name + " line " + lineNumber + ": '" + number + "' is neither the full ARN "
                    + "of a phone number (arn:aws:connect:<region>:<account>:phone-number/<id>) nor an E.164 number "
                    + "(+ and up to 15 digits, no spaces)");
        }
        if (comma < 0) {
            return new PlanEntry(lineNumber, number, Optional.empty());
        }
        String flow = line.substring(comma + 1).strip();
        if (flow.isEmpty()) {
            throw new PlanFileException(name + " line " + lineNumber + ": nothing after the comma; name the flow to "
                    + "associate after the move (its id, ARN or name) or drop the comma");
        }
        return new PlanEntry(lineNumber, number, Optional.of(flow));
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
