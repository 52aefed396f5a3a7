package dev.connectconformance.simulator.operations.trafficdistribution;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.Pages;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import dev.connectconformance.simulator.state.UserRecord;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.AssociateTrafficDistributionGroupUserRequest;
import software.amazon.awssdk.services.connect.model.AssociateTrafficDistributionGroupUserResponse;
import software.amazon.awssdk.services.connect.model.DisassociateTrafficDistributionGroupUserRequest;
import software.amazon.awssdk.services.connect.model.DisassociateTrafficDistributionGroupUserResponse;
import software.amazon.awssdk.services.connect.model.ListTrafficDistributionGroupUsersRequest;
import software.amazon.awssdk.services.connect.model.ListTrafficDistributionGroupUsersResponse;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupUserSummary;

/**
 * The users of a traffic distribution group (TDG-09): the agents its AgentConfig spreads across the two regions.
 * The guide: associate users in the group's home (source) region, once the group is ACTIVE; a group that is not
 * ACTIVE answers ResourceNotFoundException, as one that does not exist.
 */
public final class TrafficDistributionGroupUserOperations implements OperationGroup {

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register("AssociateTrafficDistributionGroupUser",
                        AssociateTrafficDistributionGroupUserRequest::builder, this::associateTrafficDistributionGroupUser)
                .register("DisassociateTrafficDistributionGroupUser",
                        DisassociateTrafficDistributionGroupUserRequest::builder,
                        this::disassociateTrafficDistributionGroupUser)
                .register("ListTrafficDistributionGroupUsers", ListTrafficDistributionGroupUsersRequest::builder,
                        this::listTrafficDistributionGroupUsers);
    }

    /**
     * Associating again is accepted and changes nothing; a user already on another group of the instance is a
     * conflict (an agent is spread by one AgentConfig only).
     */
    SdkPojo associateTrafficDistributionGroupUser(OperationContext context,
                                                  AssociateTrafficDistributionGroupUserRequest request) {
        TrafficDistributionGroupRecord group = activeGroupAtHome(context, request.trafficDistributionGroupId());
        UserRecord user = userOfGroupInstance(context, group, request.instanceId(), request.userId());
        context.account().trafficDistributionGroups().values().stream()
                .filter(other -> other != group && other.userIds().contains(user.id())).findFirst()
                .ifPresent(other -> {
                    throw ConnectError.resourceConflict("User " + user.id() + " is already associated with "
                            + "traffic distribution group " + other.id() + "; disassociate it there first");
                });
        group.userIds().add(user.id());
        return AssociateTrafficDistributionGroupUserResponse.builder().build();
    }

    SdkPojo disassociateTrafficDistributionGroupUser(OperationContext context,
                                                     DisassociateTrafficDistributionGroupUserRequest request) {
        TrafficDistributionGroupRecord group = activeGroupAtHome(context, request.trafficDistributionGroupId());
        UserRecord user = userOfGroupInstance(context, group, request.instanceId(), request.userId());
        if (!group.userIds().remove(user.id())) {
            throw ConnectError.resourceNotFound("User " + user.id() + " is not associated with traffic "
                    + "distribution group " + group.id());
        }
        return DisassociateTrafficDistributionGroupUserResponse.builder().build();
    }

    /** Readable wherever the group resolves (by full ARN from the linked region), while it is ACTIVE. */
    SdkPojo listTrafficDistributionGroupUsers(OperationContext context,
                                              ListTrafficDistributionGroupUsersRequest request) {
        TrafficDistributionGroupRecord group = active(context, request.trafficDistributionGroupId());
        Pages.Page<String> page = Pages.of(Pages.scope(context, request), List.copyOf(group.userIds()),
                request.nextToken(), request.maxResults(), 10);
        return ListTrafficDistributionGroupUsersResponse.builder().nextToken(page.nextToken())
                .trafficDistributionGroupUserSummaryList(page.items().stream()
                        .map(id -> TrafficDistributionGroupUserSummary.builder().userId(id).build()).toList())
                .build();
    }

    private static TrafficDistributionGroupRecord active(OperationContext context, String idOrArn) {
        TrafficDistributionGroupRecord group = Resources.trafficDistributionGroup(context, idOrArn);
        if (!group.isActive()) {
            throw ConnectError.resourceNotFound("Traffic distribution group " + group.id() + " is "
                    + group.status() + "; its users can be managed once it is ACTIVE");
        }
        return group;
    }

    private static TrafficDistributionGroupRecord activeGroupAtHome(OperationContext context, String idOrArn) {
        TrafficDistributionGroupRecord group = active(context, idOrArn);
        if (!group.homeRegion().equals(context.region())) {
            throw ConnectError.invalidRequest("Users are associated with traffic distribution group " + group.id()
                    + " in its home region " + group.homeRegion() + ", not in " + context.region());
        }
        return group;
    }

    private static UserRecord userOfGroupInstance(OperationContext context, TrafficDistributionGroupRecord group,
                                                  String instanceId, String userId) {
        InstanceRecord instance = Resources.instance(context, instanceId);
        if (!instance.id().equals(group.instanceId())) {
            throw ConnectError.invalidRequest("Traffic distribution group " + group.id() + " belongs to instance "
                    + group.instanceId() + ", not to instance " + instance.id());
        }
        return Resources.user(context, instance, "UserId", userId);
    }
}
