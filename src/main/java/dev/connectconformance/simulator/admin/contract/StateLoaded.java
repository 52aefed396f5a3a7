package dev.connectconformance.simulator.admin.contract;

import java.time.Instant;
import java.util.List;

/** {@code PUT /state} answers the accounts the document held (now loaded) and the simulator's time after it. */
public record StateLoaded(List<String> accounts, Instant now) {
}
