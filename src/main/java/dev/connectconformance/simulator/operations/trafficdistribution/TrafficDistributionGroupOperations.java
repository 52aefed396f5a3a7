package dev.connectconformance.simulator.operations.trafficdistribution;

import dev.connectconformance.simulator.faults.AsyncFailures;
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
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.PendingEffect;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.AgentConfig;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupRequest;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.DeleteTrafficDistributionGroupRequest;
import software.amazon.awssdk.services.connect.model.DescribeTrafficDistributionGroupRequest;
import software.amazon.awssdk.services.connect.model.DescribeTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.GetTrafficDistributionRequest;
import software.amazon.awssdk.services.connect.model.GetTrafficDistributionResponse;
import software.amazon.awssdk.services.connect.model.ListTrafficDistributionGroupsRequest;
import software.amazon.awssdk.services.connect.model.ListTrafficDistributionGroupsResponse;
import software.amazon.awssdk.services.connect.model.SignInConfig;
import software.amazon.awssdk.services.connect.model.SignInDistribution;
import software.amazon.awssdk.services.connect.model.TelephonyConfig;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroup;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupSummary;
import software.amazon.awssdk.services.connect.model.UpdateTrafficDistributionRequest;

/**
 * Traffic distribution groups (TDG-02 .. TDG-08): created for a replicated instance in its source region (the
 * group's home region), linked to the replica region, with an asynchronous lifecycle that settles on the
 * simulator clock. Failures of the asynchronous part are armed through {@link AsyncFailures}.
 */
public final class TrafficDistributionGroupOperations implements OperationGroup {

    static final String CREATE = "CreateTrafficDistributionGroup";
    static final String DELETE = "DeleteTrafficDistributionGroup";

    private final AsyncFailures asyncFailures;

    public TrafficDistributionGroupOperations(AsyncFailures asyncFailures) {
        this.asyncFailures = asyncFailures;
    }

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register(CREATE, CreateTrafficDistributionGroupRequest::builder,
                        this::createTrafficDistributionGroup)
                .register("DescribeTrafficDistributionGroup", DescribeTrafficDistributionGroupRequest::builder,
                        this::describeTrafficDistributionGroup)
                .register("ListTrafficDistributionGroups", ListTrafficDistributionGroupsRequest::builder,
                        this::listTrafficDistributionGroups)
                .register(DELETE, DeleteTrafficDistributionGroupRequest::builder,
                        this::deleteTrafficDistributionGroup)
                .register("UpdateTrafficDistribution", UpdateTrafficDistributionRequest::builder,
                        this::updateTrafficDistribution)
                .register("GetTrafficDistribution", GetTrafficDistributionRequest::builder,
                        this::getTrafficDistribution);
    }

    /**
     * TDG-03: only for a replicated instance, only in its source region; TDG-11: not while the replication runs;
     * TDG-02: ACTIVE or CREATION_FAILED.
     */
    SdkPojo createTrafficDistributionGroup(OperationContext context,
                                           CreateTrafficDistributionGroupRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        if (!instance.sourceRegion().equals(context.region())) {
            throw ConnectError.invalidRequest("A traffic distribution group can only be created in the source "
                    + "region of instance " + instance.id() + ", " + instance.sourceRegion());
        }
        if (instance.replica().isEmpty()) {
            throw ConnectError.invalidRequest("Instance " + instance.id() + " is not replicated; a traffic "
                    + "distribution group needs an instance replicated with ReplicateInstance");
        }
        // TDG-11: a replica on its way is not an invalid request but a resource that is not ready yet.
        if (!instance.isReplicated()) {
            throw ConnectError.resourceNotReady("Instance " + instance.id() + " is not replicated yet: replication to "
                    + instance.replica().get().region() + " is still in progress; try again when it has completed");
        }
        boolean nameTaken = context.account().trafficDistributionGroups().values().stream()
                .anyMatch(g -> g.name().equals(request.name()));
        if (nameTaken) {
            throw ConnectError.resourceConflict("A traffic distribution group named '" + request.name()
                    + "' already exists in this account");
        }
        if (request.hasTags()) {
            TagRules.checkKeys(request.tags().keySet(), "Tags");
        }
        TrafficDistributionGroupRecord group = new TrafficDistributionGroupRecord(Ids.newId(), request.name(),
                request.description(), instance.id(), instance.sourceRegion(), instance.replica().get().region(),
                false, context.now());
        if (request.hasTags()) {
            group.tags().putAll(request.tags());
        }
        context.account().trafficDistributionGroups().put(group.id(), group);
        context.account().schedule(new PendingEffect.GroupCreationSettles(context.settlesAt(), group.id(),
                asyncFailures.failNext(CREATE)));
        return CreateTrafficDistributionGroupResponse.builder().id(group.id())
                .arn(group.arn(context.accountId())).build();
    }

    /** TDG-05, TDG-08: id or ARN at home, ARN only from the linked region, never another account's group. */
    SdkPojo describeTrafficDistributionGroup(OperationContext context,
                                             DescribeTrafficDistributionGroupRequest request) {
        TrafficDistributionGroupRecord group = Resources.trafficDistributionGroup(context,
                request.trafficDistributionGroupId());
        return DescribeTrafficDistributionGroupResponse.builder().trafficDistributionGroup(TrafficDistributionGroup
                .builder().id(group.id()).arn(group.arn(context.accountId())).name(group.name())
                .description(group.description()).instanceArn(instanceArn(context, group)).status(group.status())
                .tags(TagViews.shown(group.tags())).isDefault(group.isDefault()).build()).build();
    }

    /** The caller's groups visible in the region called (home or linked), optionally of one instance. */
    SdkPojo listTrafficDistributionGroups(OperationContext context, ListTrafficDistributionGroupsRequest request) {
        Optional<String> instanceId = Optional.ofNullable(request.instanceId())
                .map(id -> Resources.instance(context, id).id());
        List<TrafficDistributionGroupRecord> visible = context.account().trafficDistributionGroups().values()
                .stream().filter(g -> g.regions().contains(context.region()))
                .filter(g -> instanceId.map(g.instanceId()::equals).orElse(true))
                .sorted(Comparator.comparing(TrafficDistributionGroupRecord::createdTime)
                        .thenComparing(TrafficDistributionGroupRecord::id))
                .toList();
        Pages.Page<TrafficDistributionGroupRecord> page = Pages.of(Pages.scope(context, request), visible,
                request.nextToken(), request.maxResults(), 10);
        return ListTrafficDistributionGroupsResponse.builder().nextToken(page.nextToken())
                .trafficDistributionGroupSummaryList(page.items().stream().map(g -> TrafficDistributionGroupSummary
                        .builder().id(g.id()).arn(g.arn(context.accountId())).name(g.name())
                        .instanceArn(instanceArn(context, g)).status(g.status()).isDefault(g.isDefault()).build())
                        .toList())
                .build();
    }

    /**
     * TDG-06: only in the home region and only while no number is on the group; TDG-04: never the default
     * group. PENDING_DELETION, then gone (or DELETION_FAILED when a failure is armed).
     */
    SdkPojo deleteTrafficDistributionGroup(OperationContext context, DeleteTrafficDistributionGroupRequest request) {
        TrafficDistributionGroupRecord group = Resources.trafficDistributionGroup(context,
                request.trafficDistributionGroupId());
        if (!group.homeRegion().equals(context.region())) {
            throw ConnectError.invalidRequest("Traffic distribution group " + group.id() + " can only be deleted "
                    + "in its home region " + group.homeRegion());
        }
        if (group.isDefault()) {
            throw ConnectError.invalidRequest("Traffic distribution group " + group.id() + " is the default group "
                    + "of instance " + group.instanceId() + " and cannot be deleted");
        }
        if (!group.isDeletable()) {
            throw ConnectError.invalidRequest("Traffic distribution group " + group.id() + " is "
                    + group.status() + "; it can be deleted when it is "
                    + TrafficDistributionGroupRecord.DELETABLE.stream().map(Object::toString).sorted().toList());
        }
        String arn = group.arn(context.accountId());
        // A number moving off the group still counts against it until the move settles (it may come back).
        if (!context.account().numberIdsOn(arn).isEmpty() || context.account().slotsUsed(arn) > 0) {
            throw ConnectError.resourceInUse("Traffic distribution group " + group.id() + " still has phone "
                    + "numbers claimed to it; release them or move them to another target first");
        }
        group.startDeletion();
        context.account().schedule(new PendingEffect.GroupDeletionSettles(context.settlesAt(), group.id(),
                asyncFailures.failNext(DELETE)));
        return null;
    }

    /** TDG-10, TDG-07, TDG-04, TDG-02: validate everything first, then apply and go UPDATE_IN_PROGRESS until settled. */
    SdkPojo updateTrafficDistribution(OperationContext context, UpdateTrafficDistributionRequest request) {
        TrafficDistributionGroupRecord group = Resources.trafficDistributionGroup(context, request.id());
        requireActive(group, "updated");
        if (request.telephonyConfig() == null && request.signInConfig() == null && request.agentConfig() == null) {
            throw ConnectError.invalidRequest("Nothing to update: give TelephonyConfig, SignInConfig or AgentConfig");
        }
        Map<String, Integer> telephony = request.telephonyConfig() == null ? null
                : TrafficDistributionValidation.percentages("TelephonyConfig",
                request.telephonyConfig().distributions(), group);
        Map<String, Boolean> signIn = request.signInConfig() == null ? null
                : TrafficDistributionValidation.signIn(request.signInConfig().distributions(), group);
        Map<String, Integer> agents = request.agentConfig() == null ? null
                : TrafficDistributionValidation.percentages("AgentConfig",
                request.agentConfig().distributions(), group);
        replace(group.telephonyDistribution(), telephony);
        replace(group.signInDistribution(), signIn);
        replace(group.agentDistribution(), agents);
        group.startUpdate();
        context.account().schedule(new PendingEffect.GroupUpdateSettles(context.settlesAt(), group.id()));
        return null;
    }

    private static <V> void replace(Map<String, V> current, Map<String, V> given) {
        if (given != null) {
            current.clear();
            current.putAll(given);
        }
    }

    /** The distribution last set; readable only while ACTIVE (TDG-10), so never while an update settles. */
    SdkPojo getTrafficDistribution(OperationContext context, GetTrafficDistributionRequest request) {
        TrafficDistributionGroupRecord group = Resources.trafficDistributionGroup(context, request.id());
        requireActive(group, "read");
        return GetTrafficDistributionResponse.builder().id(group.id()).arn(group.arn(context.accountId()))
                .telephonyConfig(TelephonyConfig.builder()
                        .distributions(distributions(group.telephonyDistribution())).build())
                .signInConfig(SignInConfig.builder().distributions(group.signInDistribution().entrySet().stream()
                        .map(e -> SignInDistribution.builder().region(e.getKey()).enabled(e.getValue()).build())
                        .toList()).build())
                .agentConfig(AgentConfig.builder().distributions(distributions(group.agentDistribution())).build())
                .build();
    }

    /** TDG-10: the distribution is read and changed only on an ACTIVE group, in any other status refused. */
    private static void requireActive(TrafficDistributionGroupRecord group, String how) {
        if (!group.isActive()) {
            throw ConnectError.invalidRequest("Traffic distribution group " + group.id() + " is " + group.status()
                    + "; its distribution can only be " + how + " when it is ACTIVE");
        }
    }

    private static List<Distribution> distributions(Map<String, Integer> percentages) {
        return percentages.entrySet().stream()
                .map(e -> Distribution.builder().region(e.getKey()).percentage(e.getValue()).build()).toList();
    }

    private static String instanceArn(OperationContext context, TrafficDistributionGroupRecord group) {
        return Arn.instance(group.homeRegion(), context.accountId(), group.instanceId());
    }
}
