package dev.connectconformance.simulator.servicequotas;

import dev.connectconformance.simulator.protocol.CallerIdentity;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.state.QuotaSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import software.amazon.awssdk.services.servicequotas.model.AppliedLevelEnum;
import software.amazon.awssdk.services.servicequotas.model.QuotaContextInfo;
import software.amazon.awssdk.services.servicequotas.model.QuotaContextScope;
import software.amazon.awssdk.services.servicequotas.model.ServiceQuota;

/**
 * The quotas of service code {@code connect} as Service Quotas shows them, with AWS's own quota codes and names.
 * "Phone numbers per instance" is the one the simulator enforces (on instances and traffic distribution groups):
 * its applied value is the admin quota in force, account-wide or for one target (a resource-level value, with the
 * target's ARN as ContextId); its AWS default is the quota the simulator was started with. "Amazon Connect
 * instance count" (QT-01) is enforced too: its applied value is the caller account's admin quota, its AWS default 2.
 */
final class ConnectQuotas {

    static final String SERVICE_CODE = "connect";
    static final String PHONE_NUMBERS_PER_INSTANCE = "L-8F812903";
    static final String INSTANCE_COUNT = "L-AA17A6B9";

    private static final String SERVICE_NAME = "Amazon Connect";

    /** One quota: AWS's code and name, and where the simulator takes its values from. */
    private record Definition(String code, String name, String description, boolean perResource,
                              ToIntFunction<CallerIdentity> applied, IntSupplier awsDefault) {
    }

    private final ConnectStore store;
    private final List<Definition> definitions;

    /** @param startingPhoneNumberQuota the quota the simulator started with: AWS's default, as far as callers see */
    ConnectQuotas(ConnectStore store, int startingPhoneNumberQuota) {
        this.store = store;
        this.definitions = List.of(
                new Definition(PHONE_NUMBERS_PER_INSTANCE, "Phone numbers per instance",
                        "The maximum number of phone numbers claimed to an instance or a traffic distribution group",
                        true, caller -> store.quotas().defaultPhoneNumbersPerTarget(),
                        () -> startingPhoneNumberQuota),
                new Definition(INSTANCE_COUNT, "Amazon Connect instance count",
                        "The maximum number of Amazon Connect instances in this account and Region", false,
                        caller -> store.quotas().instancesFor(caller.accountId()),
                        () -> QuotaSettings.AWS_DEFAULT_INSTANCES_PER_REGION));
    }

    /** The applied value: account-wide, or for the resource a ContextId names. */
    ServiceQuota applied(CallerIdentity caller, String quotaCode, Optional<String> contextId) {
        Definition quota = definition(quotaCode);
        if (contextId.isPresent() && quota.perResource()) {
            String resourceArn = contextId.get();
            String resourceType = resourceType(resourceArn).orElseThrow(() -> ServiceQuotasError.illegalArgument(
                    "ContextId must be the ARN of an Amazon Connect instance or traffic distribution group, not "
                            + resourceArn));
            return resourceLevel(caller, quota, resourceArn, resourceType,
                    store.quotas().phoneNumbersFor(resourceArn));
        }
        return accountLevel(caller, quota, quota.applied().applyAsInt(caller));
    }

    ServiceQuota awsDefault(CallerIdentity caller, String quotaCode) {
        Definition quota = definition(quotaCode);
        return base(caller, quota, quota.awsDefault().getAsInt()).build();
    }

    /** The applied values at the level asked for; resource-level ones of the caller's account and region only. */
    List<ServiceQuota> list(CallerIdentity caller, Optional<String> quotaCode, AppliedLevelEnum level) {
        quotaCode.ifPresent(this::definition);
        List<ServiceQuota> quotas = new ArrayList<>();
        for (Definition quota : definitions) {
            if (quotaCode.isPresent() && !quotaCode.get().equals(quota.code())) {
                continue;
            }
            if (level != AppliedLevelEnum.RESOURCE) {
                quotas.add(accountLevel(caller, quota, quota.applied().applyAsInt(caller)));
            }
            if (level != AppliedLevelEnum.ACCOUNT && quota.perResource()) {
                for (Map.Entry<String, Integer> override : store.quotas().overrides().entrySet()) {
                    Optional<Arn> arn = Arn.parse(override.getKey()).filter(a -> a.accountId()
                            .equals(caller.accountId()) && a.region().equals(caller.region()));
                    Optional<String> type = resourceType(override.getKey());
                    if (arn.isPresent() && type.isPresent()) {
                        quotas.add(resourceLevel(caller, quota, override.getKey(), type.get(), override.getValue()));
                    }
                }
            }
        }
        return quotas;
    }

    private Definition definition(String quotaCode) {
        return definitions.stream().filter(d -> d.code().equals(quotaCode)).findFirst()
                .orElseThrow(() -> ServiceQuotasError.noSuchResource("The request failed because the specified "
                        + "quota does not exist: service code " + SERVICE_CODE + " has no quota " + quotaCode));
    }

    private static ServiceQuota accountLevel(CallerIdentity caller, Definition quota, int value) {
        return base(caller, quota, value).quotaAppliedAtLevel(AppliedLevelEnum.ACCOUNT).build();
    }

    private static ServiceQuota resourceLevel(CallerIdentity caller, Definition quota, String resourceArn,
                                              String resourceType, int value) {
        return base(caller, quota, value).quotaAppliedAtLevel(AppliedLevelEnum.RESOURCE)
                .quotaContext(QuotaContextInfo.builder().contextScope(QuotaContextScope.RESOURCE)
                        .contextScopeType(resourceType).contextId(resourceArn).build())
                .build();
    }

    private static ServiceQuota.Builder base(CallerIdentity caller, Definition quota, int value) {
        return ServiceQuota.builder().serviceCode(SERVICE_CODE).serviceName(SERVICE_NAME)
                .quotaArn("arn:aws:servicequotas:" + caller.region() + ":" + caller.accountId() + ":"
                        + SERVICE_CODE + "/" + quota.code())
                .quotaCode(quota.code()).quotaName(quota.name()).description(quota.description())
                .value((double) value).unit("None").adjustable(true).globalQuota(false);
    }

    /** The CloudFormation-style type of a Connect resource a resource-level quota applies to (inferred names). */
    private static Optional<String> resourceType(String resourceArn) {
        return Arn.parse(resourceArn).map(Arn::resourceType).flatMap(type -> switch (type) {
            case "instance" -> Optional.of("AWS::Connect::Instance");
            case "traffic-distribution-group" -> Optional.of("AWS::Connect::TrafficDistributionGroup");
            default -> Optional.empty();
        });
    }
}
