package dev.connectconformance.simulator.servicequotas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectconformance.simulator.config.AccountDefaults;
import dev.connectconformance.simulator.config.Limits;
import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.Pages;
import dev.connectconformance.simulator.protocol.ApiResponse;
import dev.connectconformance.simulator.protocol.CallerIdentity;
import dev.connectconformance.simulator.protocol.SdkPojoJson;
import dev.connectconformance.simulator.state.ConnectStore;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.servicequotas.model.AppliedLevelEnum;
import software.amazon.awssdk.services.servicequotas.model.GetAwsDefaultServiceQuotaRequest;
import software.amazon.awssdk.services.servicequotas.model.GetAwsDefaultServiceQuotaResponse;
import software.amazon.awssdk.services.servicequotas.model.GetServiceQuotaRequest;
import software.amazon.awssdk.services.servicequotas.model.GetServiceQuotaResponse;
import software.amazon.awssdk.services.servicequotas.model.ListServiceQuotasRequest;
import software.amazon.awssdk.services.servicequotas.model.ListServiceQuotasResponse;
import software.amazon.awssdk.services.servicequotas.model.ServiceQuota;

/**
 * The Service Quotas reads, in that service's own protocol (JSON 1.1: {@code POST /} with
 * {@code X-Amz-Target: ServiceQuotasV20190624.<Operation>}), for service code {@code connect}. Region and account
 * come from the SigV4 scope and access key, as for Connect. Requests and answers are the SDK's model classes;
 * errors carry their {@code __type}.
 */
public final class ServiceQuotasApi {

    static final String TARGET_PREFIX = "ServiceQuotasV20190624.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccountDefaults accounts;
    private final Limits limits;
    private final ConnectQuotas quotas;

    /** Over the store's quotas; {@code accounts} names the default account and the quota AWS's default reports. */
    public ServiceQuotasApi(ConnectStore store, AccountDefaults accounts, Limits limits) {
        this.accounts = accounts;
        this.limits = limits;
        this.quotas = new ConnectQuotas(store, accounts.phoneNumberQuota());
    }

    /** Whether an X-Amz-Target header names an operation of Service Quotas. */
    public static boolean isServiceQuotasTarget(String target) {
        return target != null && target.startsWith(TARGET_PREFIX);
    }

    public ApiResponse answer(String target, String authorization, byte[] body) {
        String requestId = UUID.randomUUID().toString();
        try {
            return success(requestId, SdkPojoJson.write(handle(target, authorization, body)).toString());
        } catch (ServiceQuotasError e) {
            return error(requestId, e);
        }
    }

    private SdkPojo handle(String target, String authorization, byte[] body) {
        CallerIdentity caller = CallerIdentity.fromCredentialScope(authorization, null,
                accounts.defaultAccountId()).orElseThrow(() -> ServiceQuotasError
                .missingAuthenticationToken("Missing Authentication Token: sign the request with AWS Signature "
                        + "Version 4 (the region of its credential scope selects the simulated region)"));
        if (body.length > limits.maxRequestBodyBytes()) {
            throw ServiceQuotasError.illegalArgument("Request body of " + body.length + " bytes exceeds the limit of "
                    + limits.maxRequestBodyBytes() + " bytes");
        }
        String operation = target.substring(TARGET_PREFIX.length());
        JsonNode input = input(body);
        return switch (operation) {
            case "GetServiceQuota" -> getServiceQuota(caller, SdkPojoJson.read(GetServiceQuotaRequest.builder(), input));
            case "ListServiceQuotas" ->
                    listServiceQuotas(caller, SdkPojoJson.read(ListServiceQuotasRequest.builder(), input));
            case "GetAWSDefaultServiceQuota" ->
                    getAwsDefaultServiceQuota(caller, SdkPojoJson.read(GetAwsDefaultServiceQuotaRequest.builder(), input));
            default -> throw ServiceQuotasError.unknownOperation("The Service Quotas simulator answers "
                    + "GetServiceQuota, ListServiceQuotas and GetAWSDefaultServiceQuota, not " + operation);
        };
    }

    private SdkPojo getServiceQuota(CallerIdentity caller, GetServiceQuotaRequest request) {
        requireConnect(request.serviceCode());
        return GetServiceQuotaResponse.builder().quota(quotas.applied(caller, required("QuotaCode", request.quotaCode()),
                Optional.ofNullable(request.contextId()))).build();
    }

    private SdkPojo getAwsDefaultServiceQuota(CallerIdentity caller, GetAwsDefaultServiceQuotaRequest request) {
        requireConnect(request.serviceCode());
        return GetAwsDefaultServiceQuotaResponse.builder()
                .quota(quotas.awsDefault(caller, required("QuotaCode", request.quotaCode()))).build();
    }

    private SdkPojo listServiceQuotas(CallerIdentity caller, ListServiceQuotasRequest request) {
        requireConnect(request.serviceCode());
        AppliedLevelEnum level = request.quotaAppliedAtLevel() == null ? AppliedLevelEnum.ACCOUNT
                : request.quotaAppliedAtLevel();
        if (level == AppliedLevelEnum.UNKNOWN_TO_SDK_VERSION) {
            throw ServiceQuotasError.illegalArgument("QuotaAppliedAtLevel must be ACCOUNT, RESOURCE or ALL, not "
                    + request.quotaAppliedAtLevelAsString());
        }
        if (request.maxResults() != null && (request.maxResults() < 1 || request.maxResults() > 100)) {
            throw ServiceQuotasError.illegalArgument("MaxResults must be between 1 and 100, not " + request.maxResults());
        }
        List<ServiceQuota> all = quotas.list(caller, Optional.ofNullable(request.quotaCode()), level);
        Pages.Page<ServiceQuota> page;
        try {
            page = Pages.of(Pages.scope(caller.accountId(), caller.region(), request), all, request.nextToken(),
                    request.maxResults(), 100);
        } catch (ConnectError badToken) {
            throw ServiceQuotasError.invalidPaginationToken("Invalid NextToken: pass the NextToken of a previous "
                    + "ListServiceQuotas response");
        }
        return ListServiceQuotasResponse.builder().quotas(page.items()).nextToken(page.nextToken()).build();
    }

    private static void requireConnect(String serviceCode) {
        if (!ConnectQuotas.SERVICE_CODE.equals(required("ServiceCode", serviceCode))) {
            throw ServiceQuotasError.noSuchResource("The request failed because the specified service does not "
                    + "exist: the simulator answers service code " + ConnectQuotas.SERVICE_CODE + ", not " + serviceCode);
        }
    }

    private static String required(String member, String value) {
        if (value == null || value.isBlank()) {
            throw ServiceQuotasError.illegalArgument(member + " is required");
        }
        return value;
    }

    private static JsonNode input(byte[] body) {
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode input = JSON.readTree(body);
            if (input instanceof ObjectNode) {
                return input;
            }
        } catch (IOException malformed) {
            // answered below, like any other body that is no JSON object
        }
        throw ServiceQuotasError.illegalArgument("The request body must be a JSON object");
    }

    private static ApiResponse success(String requestId, String body) {
        return new ApiResponse(200, headers(requestId), body, Duration.ZERO);
    }

    private static ApiResponse error(String requestId, ServiceQuotasError e) {
        ObjectNode body = JSON.createObjectNode().put("__type", e.type()).put("message", e.getMessage());
        return new ApiResponse(e.status(), headers(requestId), body.toString(), Duration.ZERO);
    }

    private static Map<String, String> headers(String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("x-amzn-RequestId", requestId);
        return headers;
    }
}
