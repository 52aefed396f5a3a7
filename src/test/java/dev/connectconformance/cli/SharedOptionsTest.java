package dev.connectconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The shared options (mixins) as each command shows and reads them: the wording a command gives them in
 * SharedOptions.properties is the one its help prints, and the defaults are the folders the docs name.
 */
class SharedOptionsTest {

    private final CommandLine root = ConnectConformanceCli.commandLine();

    @Test
    void everyCommandsOwnWordingNamesACommandAndAnOptionItHasAndIsTheTextItsHelpPrints() {
        ResourceBundle wordings = ResourceBundle.getBundle("dev.connectconformance.cli.SharedOptions");

        assertThat(wordings.keySet()).isNotEmpty().allSatisfy(key -> {
            String[] parts = key.split("\\.");
            assertThat(parts).as(key).hasSize(3);
            assertThat(parts[0]).as(key).isEqualTo(root.getCommandName());
            assertThat(root.getSubcommands()).as(key).containsKey(parts[1]);
            OptionSpec option = root.getSubcommands().get(parts[1]).getCommandSpec().findOption(parts[2]);
            assertThat(option).as(key).isNotNull();
            String expected = wordings.getString(key).replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()));
            assertThat(String.join(" ", option.description())).as(key).isEqualTo(expected);
        });
    }

    @Test
    void aCommandWithoutItsOwnWordingShowsTheOptionsText() {
        assertThat(description("snapshot", "profile")).isEqualTo("AWS profile (default: AWS_PROFILE, else the SDK's "
                + "default chain).");
        assertThat(description("migrate", "tdg")).isEqualTo("The group's full ARN.");
        assertThat(description("rehearse", "reports")).isEqualTo("Reports folder (default: ./reports).");
    }

    @Test
    void eachCommandWritesIntoItsOwnFolderAndItsJsonThereUnlessToldOtherwise() {
        String group = "arn:aws:connect:us-east-1:111122223333:traffic-distribution-group/abc";

        ReadinessCommand readiness = parsed("readiness", "--tdg", group);
        MigrateCommand migrate = parsed("migrate", "--tdg", group, "--plan", "p.txt", "--reports", "out");
        RehearseCommand rehearse = parsed("rehearse", "--tdg", group, "--plan", "p.txt", "--state", "s.json",
                "--json", "elsewhere/r.json");

        assertThat(readiness.outputs.folder()).isEqualTo(Path.of("reports", "readiness"));
        assertThat(readiness.outputs.json()).isEqualTo(Path.of("reports", "readiness", "readiness.json"));
        assertThat(migrate.outputs.json()).isEqualTo(Path.of("out", "migration", "migration.json"));
        assertThat(rehearse.outputs.folder()).isEqualTo(Path.of("reports", "rehearsal"));
        assertThat(rehearse.outputs.json()).isEqualTo(Path.of("elsewhere", "r.json"));
    }

    @Test
    void aProfileGivenIsTheOneUsedAndABlankOneIsNone() {
        SnapshotCommand named = parsed("snapshot", "--instance", "i", "--region", "us-east-1", "--out", "o.json",
                "--profile", "prod");
        SnapshotCommand blank = parsed("snapshot", "--instance", "i", "--region", "us-east-1", "--out", "o.json",
                "--profile", " ");

        assertThat(named.profile.name()).contains("prod");
        assertThat(blank.profile.given()).contains(" ");
        assertThat(blank.profile.name()).isEmpty();
    }

    private String description(String command, String option) {
        return String.join(" ", root.getSubcommands().get(command).getCommandSpec().findOption(option).description());
    }

    /** The command after picocli parsed the line (a fresh tree each time: parsing resets the options). */
    @SuppressWarnings("unchecked")
    private static <T> T parsed(String command, String... args) {
        String[] line = new String[args.length + 1];
        line[0] = command;
        System.arraycopy(args, 0, line, 1, args.length);
        CommandLine fresh = ConnectConformanceCli.commandLine();
        fresh.parseArgs(line);
        return (T) fresh.getSubcommands().get(command).getCommand();
    }
}
