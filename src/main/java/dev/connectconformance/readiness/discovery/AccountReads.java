package dev.connectconformance.readiness.discovery;

import dev.connectconformance.readiness.AccountClients;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * Every read discovery makes goes through here, so a failure always becomes the same plain line. Discovery only
 * ever calls Describe, List, Get, Search and BatchGet operations.
 */
final class AccountReads {

    private final AccountClients clients;

    AccountReads(AccountClients clients) {
        this.clients = clients;
    }

    ConnectClient connect(String region) {
        return clients.connect(region);
    }

    ServiceQuotasClient serviceQuotas(String region) {
        return clients.serviceQuotas(region);
    }

    String credentialsName() {
        return clients.credentialsName();
    }

    /** A read readiness cannot do without: any failure means the account cannot be checked. */
    <T> T read(String operation, String region, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw ServiceFailures.cannotCheck(operation, region, clients.credentialsName(), e);
        }
    }

    /** A read whose "not found" is an answer (a region that does not see the resource), not a failure. */
    <T> Optional<T> readUnlessNotFound(String operation, String region, Supplier<T> call) {
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
