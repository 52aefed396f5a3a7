package dev.connectconformance.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --plan FILE} for readiness: without it, only the group and the numbers already on it are checked. */
final class OptionalPlanOption extends PlanOption {

    @Option(names = "--plan", paramLabel = "FILE", description = DESCRIPTION)
    Path file;

    @Override
    Path file() {
        return file;
    }
}
