package dev.connectconformance.account;

import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * Every read of an account (readiness's discovery and the snapshot) goes through here, so a failure
 * always becomes the same plain line. Only Describe, List, Get, Search and BatchGet operations are called.
 */
public final class AccountReads {

    private final AccountClients clients;

    public AccountReads(AccountClients clients) {
        this.clients = clients;
    }

    public ConnectClient connect(String region) {
        return clients.connect(region);
    }

    public ServiceQuotasClient serviceQuotas(String region) {
        return clients.serviceQuotas(region);
    }

    public String credentialsName() {
        return clients.credentialsName();
    }

    /** A read the caller cannot do without: any failure means the account cannot be checked. */
    public <T> T read(String operation, String region, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw ServiceFailures.cannotCheck(operation, region, clients.credentialsName(), e);
        }
    }

    /** A read whose "not found" is an answer (a region that does not see the resource), not a failure. */
    public <T> Optional<T> readUnlessNotFound(String operation, String region, Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (SdkException e) {
            if (ServiceFailures.isNotFound(e)) {
                return Optional.empty();
            }
            throw ServiceFailures.cannotCheck(operation, region, clients.credentialsName(), e);
        }
    }
}
