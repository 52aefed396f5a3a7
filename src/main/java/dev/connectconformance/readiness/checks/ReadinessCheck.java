package dev.connectconformance.readiness.checks;

import dev.connectconformance.readiness.inventory.Inventory;
import java.util.List;

/** One rule of the catalogue applied to what discovery found: no calls, only judgement. */
public interface ReadinessCheck {

    /** The catalogue rule the check states (RD-01, ...). */
    String rule();

    List<Finding> check(Inventory inventory);
}
