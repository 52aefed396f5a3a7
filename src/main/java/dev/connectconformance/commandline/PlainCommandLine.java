package dev.connectconformance.commandline;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Picocli set up the way every command of the project reports mistakes: a bad option or a {@link UsageError} is
 * one plain line on standard error and exit code 2 (picocli would print the whole usage); anything else is a bug
 * and keeps its stack trace.
 */
public final class PlainCommandLine {

    public static final int USAGE_ERROR = 2;

    private PlainCommandLine() {
    }

    public static CommandLine of(Object command) {
        return configure(new CommandLine(command));
    }

    /** Sets the handlers on a command line whose subcommands are all added already (later ones would miss them). */
    public static CommandLine configure(CommandLine commandLine) {
        commandLine.setParameterExceptionHandler((e, args) -> {
            printLine(e.getCommandLine(), e.getMessage() + " (see --help)");
            return USAGE_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageError) {
                printLine(cmd, e.getMessage());
                return USAGE_ERROR;
            }
            throw e;
        });
        return commandLine;
    }

    private static void printLine(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + message);
        err.flush();
    }
}
