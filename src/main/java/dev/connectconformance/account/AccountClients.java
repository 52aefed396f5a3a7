package dev.connectconformance.account;

import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/** The clients an account is read (and, by migrate, changed) through: Connect per region and Service Quotas. */
public interface AccountClients extends AutoCloseable {

    ConnectClient connect(String region);

    ServiceQuotasClient serviceQuotas(String region);

    /** Which credentials the clients use, for messages ("profile 'prod'"); never the credentials themselves. */
    String credentialsName();

    @Override
    void close();
}
