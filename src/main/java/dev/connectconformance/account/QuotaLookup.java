package dev.connectconformance.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;
import software.amazon.awssdk.services.servicequotas.model.AppliedLevelEnum;
import software.amazon.awssdk.services.servicequotas.model.ServiceQuota;

/**
 * The group's phone-number quota from Service Quotas: the applied value first (the group's own, else the account's),
 * found by listing the quotas of service code {@code connect}; the AWS default next; the documented default when
 * neither can be read. Failing reads here only lower the trust in the number: they never stop the check.
 */
public final class QuotaLookup {

    static final String SERVICE_CODE = "connect";
    static final String PHONE_NUMBERS_PER_INSTANCE = "L-8F812903";
    static final String QUOTA_NAME = "Phone numbers per instance";
    static final int DOCUMENTED_DEFAULT = 5;

    private final AccountReads reads;

    public QuotaLookup(AccountReads reads) {
        this.reads = reads;
    }

    public QuotaValue phoneNumbersPerTarget(String region, String groupArn) {
        ServiceQuotasClient quotas = reads.serviceQuotas(region);
        String noApplied;
        try {
            Optional<QuotaValue> applied = applied(quotas, groupArn);
            if (applied.isPresent()) {
                return applied.get();
            }
            noApplied = "ListServiceQuotas lists no applied value of " + PHONE_NUMBERS_PER_INSTANCE;
        } catch (SdkException e) {
            noApplied = ServiceFailures.describe("ListServiceQuotas", region, reads.credentialsName(), e);
        }
        try {
            ServiceQuota awsDefault = quotas.getAWSDefaultServiceQuota(b -> b.serviceCode(SERVICE_CODE)
                    .quotaCode(PHONE_NUMBERS_PER_INSTANCE)).quota();
            return new QuotaValue(awsDefault.value().intValue(), QuotaSource.AWS_DEFAULT, noApplied);
        } catch (SdkException e) {
            return new QuotaValue(DOCUMENTED_DEFAULT, QuotaSource.ASSUMED, noApplied + "; "
                    + ServiceFailures.describe("GetAWSDefaultServiceQuota", region, reads.credentialsName(), e));
        }
    }

    private static Optional<QuotaValue> applied(ServiceQuotasClient quotas, String groupArn) {
        List<ServiceQuota> phoneNumbers = new ArrayList<>();
        quotas.listServiceQuotasPaginator(b -> b.serviceCode(SERVICE_CODE).quotaAppliedAtLevel(AppliedLevelEnum.ALL))
                .quotas().stream()
                .filter(q -> PHONE_NUMBERS_PER_INSTANCE.equals(q.quotaCode()) || QUOTA_NAME.equals(q.quotaName()))
                .forEach(phoneNumbers::add);
        Optional<QuotaValue> forGroup = phoneNumbers.stream()
                .filter(q -> q.quotaContext() != null && groupArn.equals(q.quotaContext().contextId()))
                .findFirst().map(q -> new QuotaValue(q.value().intValue(), QuotaSource.APPLIED,
                        "applied to the group itself"));
        return forGroup.or(() -> phoneNumbers.stream().filter(q -> q.quotaContext() == null
                        || q.quotaContext().contextId() == null)
                .findFirst().map(q -> new QuotaValue(q.value().intValue(), QuotaSource.APPLIED,
                        "applied to the account")));
    }
}
