package dev.connectconformance.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.cli.ConnectConformanceCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's table of commands lists every command of connect-conformance.jar, once, with every option it takes
 * (its long name), and no command that does not exist: a new command or option fails here until the table says so.
 */
class ReadmeCommandsTest {

    private static final String TABLE_HEADER = "| command | what it does | more |";
    /** The first cell of a row: the command's usage, in backticks. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][a-z-]*)(?: ([^`]*))?` \\|");

    @Test
    void everyCommandHasOneRowNamingEachOfItsOptions() throws IOException {
        Map<String, List<String>> rows = commandRows(Files.readString(Path.of("README.md")));
        Map<String, CommandLine> commands = ConnectConformanceCli.commandLine().getSubcommands();

        assertThat(rows.keySet()).as("commands in the README's table").containsExactlyInAnyOrderElementsOf(
                commands.keySet());
        commands.forEach((name, command) -> {
            List<String> usages = rows.get(name);
            assertThat(usages).as("rows for '%s'", name).hasSize(1);
            for (String option : documentedOptions(command)) {
                assertThat(usages.get(0)).as("the row of '%s' names %s", name, option)
                        .containsPattern(Pattern.quote(option) + "(?![a-z-])");
            }
        });
    }

    @Test
    void aRowWithoutAnOptionOrForAnUnknownCommandIsNoticed() {
        String readme = String.join("\n", TABLE_HEADER, "| --- | --- | --- |",
                "| `report [--runs DIR]` | merges | x |", "| `report [--out FILE]` | again | x |",
                "| `teleport --now` | no such command | x |", "", "| `run` | another table | x |");

        Map<String, List<String>> rows = commandRows(readme);

        assertThat(rows).containsOnlyKeys("report", "teleport");
        assertThat(rows.get("report")).containsExactly("[--runs DIR]", "[--out FILE]");
        assertThat(rows.get("report").get(0)).doesNotContainPattern(Pattern.quote("--run") + "(?![a-z-])");
    }

    /** The usage cell of each row of the commands table, by command name. */
    private static Map<String, List<String>> commandRows(String readme) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String[] lines = readme.split("\n");
        int header = List.of(lines).indexOf(TABLE_HEADER);
        assertThat(header).as("the README has the commands table (%s)", TABLE_HEADER).isNotNegative();
        for (int i = header + 2; i < lines.length && lines[i].startsWith("|"); i++) {
            Matcher row = ROW.matcher(lines[i]);
            if (row.find()) {
                rows.computeIfAbsent(row.group(1), name -> new ArrayList<>())
                        .add(row.group(2) == null ? "" : row.group(2));
            }
        }
        return rows;
    }

    /** Each option's long name, without --help and --version, which every command has. */
    private static List<String> documentedOptions(CommandLine command) {
        return command.getCommandSpec().options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp() && !option.hidden())
                .map(OptionSpec::longestName).toList();
    }
}
