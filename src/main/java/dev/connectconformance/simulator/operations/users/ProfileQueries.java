package dev.connectconformance.simulator.operations.users;

import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.Pages;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.ProfileRecord;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.ListRoutingProfilesRequest;
import software.amazon.awssdk.services.connect.model.ListRoutingProfilesResponse;
import software.amazon.awssdk.services.connect.model.ListSecurityProfilesRequest;
import software.amazon.awssdk.services.connect.model.ListSecurityProfilesResponse;
import software.amazon.awssdk.services.connect.model.RoutingProfileSummary;
import software.amazon.awssdk.services.connect.model.SecurityProfileSummary;

/** The profiles a user is created with: an instance's security profiles and routing profiles (read only). */
public final class ProfileQueries implements OperationGroup {

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register("ListSecurityProfiles", ListSecurityProfilesRequest::builder, this::listSecurityProfiles)
                .register("ListRoutingProfiles", ListRoutingProfilesRequest::builder, this::listRoutingProfiles);
    }

    SdkPojo listSecurityProfiles(OperationContext context, ListSecurityProfilesRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        Pages.Page<ProfileRecord> page = Pages.of(Pages.scope(context, request),
                List.copyOf(instance.people().securityProfiles().values()), request.nextToken(),
                request.maxResults(), 100);
        return ListSecurityProfilesResponse.builder().nextToken(page.nextToken())
                .securityProfileSummaryList(page.items().stream().map(p -> SecurityProfileSummary.builder()
                        .id(p.id()).name(p.name()).lastModifiedRegion(instance.sourceRegion())
                        .arn(Arn.securityProfile(context.region(), context.accountId(), instance.id(), p.id()))
                        .build()).toList())
                .build();
    }

    SdkPojo listRoutingProfiles(OperationContext context, ListRoutingProfilesRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        Pages.Page<ProfileRecord> page = Pages.of(Pages.scope(context, request),
                List.copyOf(instance.people().routingProfiles().values()), request.nextToken(),
                request.maxResults(), 100);
        return ListRoutingProfilesResponse.builder().nextToken(page.nextToken())
                .routingProfileSummaryList(page.items().stream().map(p -> RoutingProfileSummary.builder()
                        .id(p.id()).name(p.name()).lastModifiedRegion(instance.sourceRegion())
                        .arn(Arn.routingProfile(context.region(), context.accountId(), instance.id(), p.id()))
                        .build()).toList())
                .build();
    }
}
