package dev.connectconformance.account;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * Clients built the SDK's own way: the named profile (or, without one, the default chain, which reads AWS_PROFILE),
 * and whatever endpoint the SDK configuration names: AWS_ENDPOINT_URL_CONNECT, AWS_ENDPOINT_URL_SERVICE_QUOTAS,
 * or the profile's endpoint_url. Credentials never leave the SDK.
 */
public final class SdkAccountClients extends RegionalClients {

    private final Optional<String> profile;
    private final boolean sdkRetries;

    public SdkAccountClients(Optional<String> profile) {
        this(profile, true);
    }

    private SdkAccountClients(Optional<String> profile, boolean sdkRetries) {
        this.profile = profile;
        this.sdkRetries = sdkRetries;
    }

    /** Clients that never retry by themselves: the migration executor retries with backoff of its own. */
    public static SdkAccountClients withoutRetries(Optional<String> profile) {
        return new SdkAccountClients(profile, false);
    }

    @Override
    protected ConnectClient newConnectClient(String region) {
        return configured(ConnectClient.builder(), region);
    }

    @Override
    protected ServiceQuotasClient newServiceQuotasClient(String region) {
        return configured(ServiceQuotasClient.builder(), region);
    }

    @Override
    public String credentialsName() {
        return profile.map(name -> "profile '" + name + "'").orElse("the default credentials");
    }

    private <B extends AwsClientBuilder<B, C>, C> C configured(B builder, String region) {
        builder.region(Region.of(region)).overrideConfiguration(c -> {
            retries(c, sdkRetries);
            profile.ifPresent(c::defaultProfileName);
        });
        profile.ifPresent(name -> builder.credentialsProvider(ProfileCredentialsProvider.builder().profileName(name)
                .build()));
        return builder.build();
    }
}
