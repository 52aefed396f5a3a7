package dev.connectconformance.migration;

import dev.connectconformance.readiness.checks.Finding;
import java.util.List;

/** {@code migrate --execute} would not start: readiness found blockers, which the message lists. */
public final class MigrationRefused extends RuntimeException {

    private final transient List<Finding> blockers;

    public MigrationRefused(List<Finding> blockers) {
        super("readiness found " + blockers.size() + " blocker" + (blockers.size() == 1 ? "" : "s")
                + "; nothing was moved: " + String.join("; ", blockers.stream()
                .map(f -> f.check() + " " + f.resource() + ": " + f.message()).toList()), null, false, false);
        this.blockers = List.copyOf(blockers);
    }

    public List<Finding> blockers() {
        return blockers;
    }
}
