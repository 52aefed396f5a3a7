package dev.connectconformance.cli;

import dev.connectconformance.plan.Plan;
import dev.connectconformance.plan.PlanFile;
import dev.connectconformance.plan.PlanFileException;
import dev.connectconformance.commandline.UsageError;
import java.nio.file.Path;

/**
 * {@code --plan FILE}: the numbers to move. Whether a command requires it is part of its option's declaration, so
 * the two kinds are subclasses ({@link RequiredPlanOption}, {@link OptionalPlanOption}) that share the reading.
 */
abstract class PlanOption {

    static final String DESCRIPTION =
            "The numbers to move, one a line (ARN or E.164), optionally ',FLOW' (id, ARN or name).";

    /** The file named, or null when the option is optional and was not given. */
    abstract Path file();

    /** The plan read; no file is no plan; a file or line that cannot be read is one plain line naming it. */
    Plan read() {
        if (file() == null) {
            return Plan.none();
        }
        try {
            return PlanFile.read(file());
        } catch (PlanFileException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
