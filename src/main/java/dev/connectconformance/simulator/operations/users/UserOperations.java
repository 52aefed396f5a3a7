package dev.connectconformance.simulator.operations.users;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.Pages;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.operations.tags.TagRules;
import dev.connectconformance.simulator.operations.tags.TagViews;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.Ids;
import dev.connectconformance.simulator.state.InstancePeople;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.UserRecord;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.CreateUserRequest;
import software.amazon.awssdk.services.connect.model.CreateUserResponse;
import software.amazon.awssdk.services.connect.model.DeleteUserRequest;
import software.amazon.awssdk.services.connect.model.DescribeUserRequest;
import software.amazon.awssdk.services.connect.model.DescribeUserResponse;
import software.amazon.awssdk.services.connect.model.InstanceStatus;
import software.amazon.awssdk.services.connect.model.ListUsersRequest;
import software.amazon.awssdk.services.connect.model.ListUsersResponse;
import software.amazon.awssdk.services.connect.model.User;
import software.amazon.awssdk.services.connect.model.UserIdentityInfo;
import software.amazon.awssdk.services.connect.model.UserPhoneConfig;
import software.amazon.awssdk.services.connect.model.UserSummary;

/**
 * Users (agents) of an instance, as TDG-09 needs them. A replicated instance shares its users with the replica:
 * a user created in either region shows in both under the same id, with an ARN of the region called.
 */
public final class UserOperations implements OperationGroup {

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register("CreateUser", CreateUserRequest::builder, this::createUser)
                .register("DescribeUser", DescribeUserRequest::builder, this::describeUser)
                .register("ListUsers", ListUsersRequest::builder, this::listUsers)
                .register("DeleteUser", DeleteUserRequest::builder, this::deleteUser);
    }

    /** Needs an ACTIVE instance (or replica), a free Username, and the instance's own profiles. */
    SdkPojo createUser(OperationContext context, CreateUserRequest request) {
        InstanceRecord instance = activeInstance(context, request.instanceId());
        InstancePeople people = instance.people();
        UserRules.check(instance, request);
        if (people.userNamed(request.username()).isPresent()) {
            throw ConnectError.duplicateResource("A user named '" + request.username() + "' already exists in "
                    + "instance " + instance.id());
        }
        List<String> securityProfileIds = request.securityProfileIds().stream()
                .map(id -> Resources.profile(context, instance, "SecurityProfileIds", id, "security-profile",
                        people.securityProfiles()).id())
                .distinct().toList();
        String routingProfileId = Resources.profile(context, instance, "RoutingProfileId",
                request.routingProfileId(), "routing-profile", people.routingProfiles()).id();
        if (request.hasTags()) {
            TagRules.checkKeys(request.tags().keySet(), "Tags");
        }
        UserIdentityInfo info = request.identityInfo();
        UserPhoneConfig phone = request.phoneConfig();
        UserRecord user = new UserRecord(Ids.newId(), request.username(),
                info == null ? null : info.firstName(), info == null ? null : info.lastName(),
                info == null ? null : info.email(),
                phone == null || phone.phoneType() == null ? "SOFT_PHONE" : phone.phoneTypeAsString(),
                phone == null ? null : phone.deskPhoneNumber(), securityProfileIds, routingProfileId,
                context.region(), context.now());
        if (request.hasTags()) {
            user.tags().putAll(request.tags());
        }
        people.users().put(user.id(), user);
        return CreateUserResponse.builder().userId(user.id()).userArn(arn(context, instance, user)).build();
    }

    SdkPojo describeUser(OperationContext context, DescribeUserRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        UserRecord user = Resources.user(context, instance, "UserId", request.userId());
        return DescribeUserResponse.builder().user(User.builder().id(user.id()).arn(arn(context, instance, user))
                .username(user.username())
                .identityInfo(UserIdentityInfo.builder().firstName(user.firstName()).lastName(user.lastName())
                        .email(user.email()).build())
                .phoneConfig(UserPhoneConfig.builder().phoneType(user.phoneType())
                        .deskPhoneNumber(user.deskPhoneNumber()).autoAccept(false).afterContactWorkTimeLimit(0)
                        .build())
                .securityProfileIds(user.securityProfileIds()).routingProfileId(user.routingProfileId())
                .tags(TagViews.shown(user.tags())).lastModifiedTime(user.lastModifiedTime())
                .lastModifiedRegion(user.lastModifiedRegion()).build()).build();
    }

    SdkPojo listUsers(OperationContext context, ListUsersRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        List<UserRecord> users = List.copyOf(instance.people().users().values());
        Pages.Page<UserRecord> page = Pages.of(Pages.scope(context, request), users, request.nextToken(),
                request.maxResults(), 100);
        return ListUsersResponse.builder().nextToken(page.nextToken())
                .userSummaryList(page.items().stream().map(u -> UserSummary.builder().id(u.id())
                        .arn(arn(context, instance, u)).username(u.username())
                        .lastModifiedTime(u.lastModifiedTime()).lastModifiedRegion(u.lastModifiedRegion()).build())
                        .toList())
                .build();
    }

    /**
     * Removes the user and its traffic distribution group associations with it: the model declares no conflict
     * error for DeleteUser, and an association must never outlive its user.
     */
    SdkPojo deleteUser(OperationContext context, DeleteUserRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        UserRecord user = Resources.user(context, instance, "UserId", request.userId());
        instance.people().users().remove(user.id());
        context.account().trafficDistributionGroups().values().stream()
                .filter(g -> g.instanceId().equals(instance.id()))
                .forEach(g -> g.userIds().remove(user.id()));
        return null;
    }

    /** The instance as seen from the region called, which must be ACTIVE there to take new users. */
    private static InstanceRecord activeInstance(OperationContext context, String idOrArn) {
        InstanceRecord instance = Resources.instance(context, idOrArn);
        boolean active = instance.isReplicaRegion(context.region())
                ? instance.replica().map(r -> r.instanceStatus() == InstanceStatus.ACTIVE).orElse(false)
                : instance.isActive();
        if (!active) {
            throw ConnectError.invalidRequest("Instance " + instance.id() + " is not ACTIVE in " + context.region()
                    + "; users can be created once it is");
        }
        return instance;
    }

    static String arn(OperationContext context, InstanceRecord instance, UserRecord user) {
        return Arn.user(context.region(), context.accountId(), instance.id(), user.id());
    }

}
