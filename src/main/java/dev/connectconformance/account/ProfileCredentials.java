package dev.connectconformance.account;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;

/** Whether the named profile (or the default chain) yields credentials, before anything is called with them. */
public final class ProfileCredentials {

    private ProfileCredentials() {
    }

    /** Resolves the credentials and forgets them: only whether they resolve matters, and they are never shown. */
    public static void requireResolvable(Optional<String> profile) {
        AwsCredentialsProvider credentials = profile
                .<AwsCredentialsProvider>map(name -> ProfileCredentialsProvider.builder().profileName(name).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        try {
            credentials.resolveCredentials();
        } catch (SdkException e) {
            throw new CannotCheck("no AWS credentials " + profile.map(p -> "for profile " + p)
                    .orElse("in the default chain") + ": name a profile with --profile or set AWS_PROFILE");
        }
    }
}
