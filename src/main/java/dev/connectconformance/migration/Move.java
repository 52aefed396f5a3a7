package dev.connectconformance.migration;

import java.util.Optional;

/**
 * One number of the plan, resolved against the account before anything changes: what the executor will do with
 * it, and everything the dry run prints.
 *
 * @param line          the plan line
 * @param written       the number as the plan writes it
 * @param arn           the number's full ARN; null when it was not found
 * @param claimedRegion the region it was claimed in (its ARN's region)
 * @param unmovable     why nothing can be tried at all (not found); the executor reports it blocked
 * @param onGroup       it is on the group already (moved by an earlier run, or before the plan)
 * @param done          an earlier run finished it (the journal says moved), so only its status is checked
 * @param flow          the flow to associate after the move, if there is one
 * @param noFlowReason  why there is none, when there is none
 * @param previousFlow  the name of the flow the number had before the move, if it had one
 * @param attempt       0 for the first move; one more for each move the journal recorded FAILED
 */
public record Move(int line, String written, String arn, String phoneNumber, String claimedRegion,
                   Optional<String> unmovable, boolean onGroup, boolean done, Optional<FlowChoice> flow,
                   Optional<String> noFlowReason, Optional<String> previousFlow, String clientToken, int attempt) {

    /** The number for people: E.164 when known, else as the plan writes it. */
    public String label() {
        return phoneNumber != null ? phoneNumber : written;
    }

    /** How the outcome names it: the ARN when known. */
    public String resource() {
        return arn != null ? arn : written;
    }
}
