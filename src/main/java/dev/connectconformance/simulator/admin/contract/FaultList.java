package dev.connectconformance.simulator.admin.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.List;

/**
 * The faults in force, as {@code /faults} answers them; with none, the answer is {@code {}}.
 *
 * @param faults in the order they were armed
 */
public record FaultList(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Entry> faults) {

    public FaultList {
        faults = faults == null ? List.of() : List.copyOf(faults);
    }

    /**
     * One fault: its rule (the message filled in with the simulator's default) and the calls it will still hit.
     *
     * @param latency   null (as zero) in an answer that leaves it out
     * @param times     the calls it was armed for; -1 for every call (also when left out)
     * @param remaining the calls it will still hit; -1 for every call (also when left out)
     */
    public record Entry(String operation, String errorCode, String message, Duration latency, Integer times,
                        Integer remaining) {
    }
}
