package dev.connectconformance.cli;

import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.account.GroupArn;
import dev.connectconformance.commandline.UsageError;
import picocli.CommandLine.Option;

/** {@code --tdg TDG_ARN}: the traffic distribution group, by its full ARN (it names the region and the account). */
final class GroupOption {

    @Option(names = "--tdg", required = true, paramLabel = "TDG_ARN", descriptionKey = "tdg",
            description = "The group's full ARN.")
    String arn;

    /** The ARN as typed. */
    String arn() {
        return arn;
    }

    /** The ARN read; a text that is no group's ARN is one plain line. */
    GroupArn parsed() {
        try {
            return GroupArn.parse(arn);
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        }
    }
}
