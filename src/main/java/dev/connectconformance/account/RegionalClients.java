package dev.connectconformance.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/** Account clients built once per region on first use and closed together. */
public abstract class RegionalClients implements AccountClients {

    private final Map<String, ConnectClient> connect = new ConcurrentHashMap<>();
    private final Map<String, ServiceQuotasClient> serviceQuotas = new ConcurrentHashMap<>();

    protected abstract ConnectClient newConnectClient(String region);

    protected abstract ServiceQuotasClient newServiceQuotasClient(String region);

    @Override
    public final ConnectClient connect(String region) {
        return connect.computeIfAbsent(region, this::newConnectClient);
    }

    @Override
    public final ServiceQuotasClient serviceQuotas(String region) {
        return serviceQuotas.computeIfAbsent(region, this::newServiceQuotasClient);
    }

    /**
     * The SDK's standard retries, as an AWS client has them, or none: the migration executor retries through its own
     * backoff (on a twin, through the simulator's clock instead of sleeping).
     */
    protected static void retries(ClientOverrideConfiguration.Builder configuration, boolean sdkRetries) {
        if (sdkRetries) {
            configuration.retryStrategy(RetryMode.STANDARD);
        } else {
            configuration.retryStrategy(AwsRetryStrategy.doNotRetry());
        }
    }

    @Override
    public void close() {
        connect.values().forEach(ConnectClient::close);
        serviceQuotas.values().forEach(ServiceQuotasClient::close);
        connect.clear();
        serviceQuotas.clear();
    }
}
