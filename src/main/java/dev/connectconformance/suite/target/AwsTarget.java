package dev.connectconformance.suite.target;

import dev.connectconformance.account.SdkAccountClients;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import java.time.Duration;
import java.util.Optional;

/**
 * A real account through the standard SDK configuration: the named profile (or the default chain), the
 * regions of the resources file, and whatever endpoint the SDK configuration names (AWS_ENDPOINT_URL_CONNECT
 * included). One set of clients serves the whole run; credentials never leave the SDK.
 */
public final class AwsTarget implements Target {

    private final TargetSettings settings;
    private final AwsResources resources;
    private final ScenarioAccount account;

    public AwsTarget(TargetSettings settings) {
        this.settings = settings;
        this.resources = AwsResources.load(settings.awsResourcesFile());
        this.account = new ScenarioAccount(resources.accountId(), new SdkAccountClients(settings.awsProfile()), false);
    }

    @Override
    public TargetSettings settings() {
        return settings;
    }

    @Override
    public ScenarioAccount accountForScenario() {
        return account;
    }

    @Override
    public Optional<String> reportedAccount() {
        return Optional.of(resources.accountId());
    }

    @Override
    public Optional<SimulatorAdminClient> simulatorAdmin() {
        return Optional.empty();
    }

    @Override
    public Optional<AwsResources> configuredResources() {
        return Optional.of(resources);
    }

    @Override
    public void letTimePass(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service", e);
        }
    }

    @Override
    public boolean needsRestore() {
        return true;
    }

    @Override
    public void close() {
        account.close();
    }
}
