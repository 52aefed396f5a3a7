package dev.connectconformance.simulator.statefile;

import java.time.Instant;

/**
 * Where a state document came from; informational, never read back into the simulator.
 *
 * @param kind          {@code simulator} (an admin export or a state file) or {@code snapshot} (a real account)
 * @param takenAt       when a snapshot was taken (wall clock), or null
 * @param region        the region a snapshot read the instance in, or null
 * @param instanceId    the instance a snapshot started from, or null
 * @param accountMasked true when the account id was rewritten for sharing ({@code snapshot --mask-account})
 */
public record SourceDocument(String kind, Instant takenAt, String region, String instanceId, Boolean accountMasked) {

    public static SourceDocument simulator() {
        return new SourceDocument("simulator", null, null, null, null);
    }
}
