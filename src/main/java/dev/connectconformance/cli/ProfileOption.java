package dev.connectconformance.cli;

import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.account.ProfileCredentials;
import dev.connectconformance.account.SdkAccountClients;
import dev.connectconformance.commandline.UsageError;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --profile NAME}: the AWS profile a command reads (or changes) the account with; without it AWS_PROFILE,
 * without that the SDK's default chain. Only the name is held here: credentials never leave the SDK.
 */
final class ProfileOption {

    @Option(names = "--profile", paramLabel = "NAME", descriptionKey = "profile",
            description = "AWS profile (default: AWS_PROFILE, else the SDK's default chain).")
    String given;

    /** The profile as typed, when --profile was given. */
    Optional<String> given() {
        return Optional.ofNullable(given);
    }

    /** --profile, else AWS_PROFILE; empty means the SDK's default chain. */
    Optional<String> name() {
        return given().or(() -> Optional.ofNullable(System.getenv("AWS_PROFILE"))).filter(p -> !p.isBlank());
    }

    /** Clients with the SDK's own retries, for reads. */
    SdkAccountClients clients() {
        return new SdkAccountClients(name());
    }

    /** Clients that never retry by themselves, for the migration executor, which retries with its own backoff. */
    SdkAccountClients clientsWithoutRetries() {
        return SdkAccountClients.withoutRetries(name());
    }

    /** Credentials that do not resolve are one plain line, before anything is called with them. */
    void requireCredentials() {
        try {
            ProfileCredentials.requireResolvable(name());
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        }
    }
}
