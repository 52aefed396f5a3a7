package dev.connectconformance.plan;

import java.util.Optional;

/**
 * One line of a migration plan: a number to move onto the traffic distribution group, by its full ARN or in
 * E.164, and optionally the flow (id, ARN or name) to associate with it after the move.
 *
 * @param line   the line of the plan file it comes from, for messages that send the reader back to it
 * @param number the phone number's ARN or E.164 form, as written
 * @param flow   the flow to associate after the move, as written
 */
public record PlanEntry(int line, String number, Optional<String> flow) {

    public boolean namesArn() {
        return number.startsWith("arn:");
    }
}
