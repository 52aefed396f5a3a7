package dev.connectconformance.cli;

import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.PlainCommandLine;
import dev.connectconformance.simulator.StandaloneSimulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar connect-conformance.jar}: the product's commands. Each one is a thin adapter: it reads its
 * options (the shared ones are mixins: {@link ProfileOption}, {@link GroupOption}, {@link PlanOption},
 * {@link ReportOutputs}), calls one entry point, prints, and answers the exit code.
 */
@Command(name = "connect-conformance", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        resourceBundle = "dev.connectconformance.cli.SharedOptions",
        description = "Executable documentation of Amazon Connect phone numbers, traffic distribution groups and replicas.",
        subcommands = {RunCommand.class, ReadinessCommand.class, SnapshotCommand.class, RehearseCommand.class,
                MigrateCommand.class, ReportCommand.class})
public final class ConnectConformanceCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and answers its exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The whole command tree, with the project's plain error reporting (tests redirect its output). */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ConnectConformanceCli());
        // the standalone simulator's own command, under the name it has here
        commandLine.addSubcommand("simulator", new CommandLine(new StandaloneSimulator()).setCommandName("simulator"));
        return PlainCommandLine.configure(commandLine);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: run, readiness, snapshot, rehearse, migrate, report or simulator");
    }
}
