package dev.connectconformance.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --plan FILE} for the commands that run a plan: migrate and rehearse. */
final class RequiredPlanOption extends PlanOption {

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = DESCRIPTION)
    Path file;

    @Override
    Path file() {
        return file;
    }
}
