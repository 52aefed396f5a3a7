package dev.connectconformance.simulator.operations.instances;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.Pages;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.operations.tags.TagViews;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.DefaultProfiles;
import dev.connectconformance.simulator.state.Ids;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.PendingEffect;
import dev.connectconformance.simulator.state.ReplicaRecord;
import dev.connectconformance.simulator.state.ReplicationPairs;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.CreateInstanceRequest;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.DeleteInstanceRequest;
import software.amazon.awssdk.services.connect.model.DescribeInstanceRequest;
import software.amazon.awssdk.services.connect.model.DescribeInstanceResponse;
import software.amazon.awssdk.services.connect.model.Instance;
import software.amazon.awssdk.services.connect.model.InstanceSummary;
import software.amazon.awssdk.services.connect.model.ListInstancesRequest;
import software.amazon.awssdk.services.connect.model.ListInstancesResponse;
import software.amazon.awssdk.services.connect.model.ReplicateInstanceRequest;
import software.amazon.awssdk.services.connect.model.ReplicateInstanceResponse;
import software.amazon.awssdk.services.connect.model.ReplicationConfiguration;
import software.amazon.awssdk.services.connect.model.ReplicationStatusSummary;

/** Instances and Global Resiliency replication: CreateInstance ... ReplicateInstance. */
public final class InstanceOperations implements OperationGroup {

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register("CreateInstance", CreateInstanceRequest::builder, this::createInstance)
                .register("DescribeInstance", DescribeInstanceRequest::builder, this::describeInstance)
                .register("ListInstances", ListInstancesRequest::builder, this::listInstances)
                .register("DeleteInstance", DeleteInstanceRequest::builder, this::deleteInstance)
                .register("ReplicateInstance", ReplicateInstanceRequest::builder, this::replicateInstance);
    }

    SdkPojo createInstance(OperationContext context, CreateInstanceRequest request) {
        String type = request.identityManagementTypeAsString();
        if (!"EXISTING_DIRECTORY".equals(type) && request.instanceAlias() == null) {
            throw ConnectError.invalidRequest("InstanceAlias is required when IdentityManagementType is " + type);
        }
        if ("EXISTING_DIRECTORY".equals(type) && request.directoryId() == null) {
            throw ConnectError.invalidRequest("DirectoryId is required when IdentityManagementType is EXISTING_DIRECTORY");
        }
        if (request.instanceAlias() != null && aliasInUse(context, request.instanceAlias())) {
            throw ConnectError.invalidRequest("InstanceAlias '" + request.instanceAlias() + "' is already in use");
        }
        InstanceQuota.requireRoomIn(context, context.region());
        InstanceRecord instance = new InstanceRecord(Ids.newId(), request.instanceAlias(), context.region(), type,
                Boolean.TRUE.equals(request.inboundCallsEnabled()), Boolean.TRUE.equals(request.outboundCallsEnabled()),
                context.now());
        DefaultFlows.create().forEach(flow -> instance.flows().put(flow.id(), flow));
        DefaultProfiles.addTo(instance.people());
        if (request.hasTags()) {
            instance.tags().putAll(request.tags());
        }
        context.account().instances().put(instance.id(), instance);
        context.account().schedule(new PendingEffect.InstanceBecomesActive(context.settlesAt(), instance.id()));
        return CreateInstanceResponse.builder().id(instance.id())
                .arn(instance.arnIn(context.region(), context.accountId())).build();
    }

    private static boolean aliasInUse(OperationContext context, String alias) {
        return context.account().instances().values().stream().anyMatch(i -> alias.equals(i.alias())
                || i.replica().map(r -> r.alias().equals(alias)).orElse(false));
    }

    SdkPojo describeInstance(OperationContext context, DescribeInstanceRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        return DescribeInstanceResponse.builder().instance(view(context, instance))
                .replicationConfiguration(replication(instance).orElse(null)).build();
    }

    SdkPojo listInstances(OperationContext context, ListInstancesRequest request) {
        List<InstanceRecord> visible = context.account().instances().values().stream()
                .filter(i -> i.isVisibleIn(context.region()))
                .sorted(Comparator.comparing(InstanceRecord::createdTime).thenComparing(InstanceRecord::id))
                .toList();
        Pages.Page<InstanceRecord> page = Pages.of(Pages.scope(context, request), visible, request.nextToken(),
                request.maxResults(), 10);
        return ListInstancesResponse.builder().nextToken(page.nextToken())
                .instanceSummaryList(page.items().stream().map(i -> summary(context, i)).toList()).build();
    }

    /**
     * In the replica region this deletes the replica with its traffic distribution groups, which must hold no
     * numbers, not even one moving off them (it could fall back there); in the source region the replica has to
     * go first. The instance's own numbers are released with it (see {@link InstanceDeletion}).
     */
    SdkPojo deleteInstance(OperationContext context, DeleteInstanceRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        AccountState account = context.account();
        List<TrafficDistributionGroupRecord> groups = account.trafficDistributionGroups().values()
                .stream().filter(g -> g.instanceId().equals(instance.id())).toList();
        if (instance.isReplicaRegion(context.region())) {
            groups.stream().filter(g -> InstanceDeletion.holdsNumbers(account, g.arn(context.accountId())))
                    .findFirst().ifPresent(g -> {
                        throw ConnectError.invalidRequest("Traffic distribution group " + g.id()
                                + " still has phone numbers claimed to it; release or move them first");
                    });
            groups.forEach(g -> account.trafficDistributionGroups().remove(g.id()));
            instance.replica(null);
            return null;
        }
        if (instance.replica().isPresent()) {
            throw ConnectError.invalidRequest("Instance " + instance.id() + " is replicated to "
                    + instance.replica().get().region() + "; delete the replica there first");
        }
        InstanceDeletion.releaseNumbersOf(context, instance.arnIn(context.region(), context.accountId()));
        account.instances().remove(instance.id());
        return null;
    }

    /**
     * Starts replication to the partner region (RI-01, RI-03: SAML instances only): the replica has the same id, its own alias, and a
     * default traffic distribution group is created with it; both become ACTIVE when the work settles.
     */
    SdkPojo replicateInstance(OperationContext context, ReplicateInstanceRequest request) {
        InstanceRecord instance = Resources.instance(context, request.instanceId());
        String target = request.replicaRegion();
        if (!instance.sourceRegion().equals(context.region())) {
            throw ConnectError.invalidRequest("ReplicateInstance must be called in the instance's source region "
                    + instance.sourceRegion());
        }
        if (!instance.isActive()) {
            throw ConnectError.invalidRequest("Instance " + instance.id() + " is " + instance.status()
                    + "; only an ACTIVE instance can be replicated");
        }
        if (instance.alias() == null) {
            throw ConnectError.invalidRequest("Instance " + instance.id() + " has no alias; only instances with an "
                    + "alias can be replicated");
        }
        // RI-03: Global Resiliency signs agents in through SAML, so only SAML instances have replicas.
        if (!"SAML".equals(instance.identityManagementType())) {
            throw ConnectError.invalidRequest("Instance " + instance.id() + " uses IdentityManagementType "
                    + instance.identityManagementType() + "; only an instance with IdentityManagementType SAML "
                    + "can be replicated");
        }
        if (target.equals(instance.sourceRegion())) {
            throw ConnectError.invalidRequest("ReplicaRegion must differ from the source region " + target);
        }
        if (!ReplicationPairs.canReplicate(instance.sourceRegion(), target)) {
            throw ConnectError.invalidRequest("Replication from " + instance.sourceRegion() + " to " + target
                    + " is not supported" + ReplicationPairs.partnerOf(instance.sourceRegion())
                    .map(p -> "; the supported replica region is " + p).orElse("; this region has no replica region"));
        }
        if (instance.replica().isPresent()) {
            throw ConnectError.invalidRequest("Instance " + instance.id() + " is already replicated to "
                    + instance.replica().get().region());
        }
        if (aliasInUse(context, request.replicaAlias())) {
            throw ConnectError.invalidRequest("ReplicaAlias '" + request.replicaAlias() + "' is already in use");
        }
        InstanceQuota.requireRoomIn(context, target);
        ReplicaRecord replica = new ReplicaRecord(target, request.replicaAlias(), context.now());
        instance.replica(replica);
        TrafficDistributionGroupRecord defaultGroup = new TrafficDistributionGroupRecord(Ids.newId(),
                instance.alias() + "-default", "Default traffic distribution group of " + instance.alias(),
                instance.id(), instance.sourceRegion(), target, true, context.now());
        context.account().trafficDistributionGroups().put(defaultGroup.id(), defaultGroup);
        // Bound to the instance, and to this replica through its default group: a replica deleted meanwhile
        // takes the group with it and does not complete.
        context.account().schedule(new PendingEffect.ReplicationSettles(context.settlesAt(), instance.id(),
                defaultGroup.id()));
        return ReplicateInstanceResponse.builder().id(instance.id())
                .arn(instance.arnIn(target, context.accountId())).build();
    }

    private static Instance view(OperationContext context, InstanceRecord instance) {
        boolean replicaView = instance.isReplicaRegion(context.region());
        ReplicaRecord replica = instance.replica().orElse(null);
        String alias = replicaView ? replica.alias() : instance.alias();
        return Instance.builder().id(instance.id()).arn(instance.arnIn(context.region(), context.accountId()))
                .identityManagementType(instance.identityManagementType()).instanceAlias(alias)
                .createdTime(replicaView ? replica.createdTime() : instance.createdTime())
                .serviceRole("arn:aws:iam::" + context.accountId()
                        + ":role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect")
                .instanceStatus(replicaView ? replica.instanceStatus() : instance.status())
                .inboundCallsEnabled(instance.inboundCallsEnabled())
                .outboundCallsEnabled(instance.outboundCallsEnabled())
                .instanceAccessUrl(alias == null ? null : "https://" + alias + ".my.connect.aws")
                .tags(TagViews.shown(instance.tags())).build();
    }

    private static InstanceSummary summary(OperationContext context, InstanceRecord instance) {
        Instance view = view(context, instance);
        return InstanceSummary.builder().id(view.id()).arn(view.arn())
                .identityManagementType(view.identityManagementTypeAsString()).instanceAlias(view.instanceAlias())
                .createdTime(view.createdTime()).serviceRole(view.serviceRole())
                .instanceStatus(view.instanceStatusAsString()).inboundCallsEnabled(view.inboundCallsEnabled())
                .outboundCallsEnabled(view.outboundCallsEnabled()).instanceAccessUrl(view.instanceAccessUrl())
                .build();
    }

    /**
     * One summary per region of the pair, source first (the API reference: a summary's region "can be either the
     * source or the replica Region"); both carry the state of the one replication between them.
     */
    private static Optional<ReplicationConfiguration> replication(InstanceRecord instance) {
        return instance.replica().map(replica -> ReplicationConfiguration.builder()
                .sourceRegion(instance.sourceRegion())
                .globalSignInEndpoint("https://" + instance.alias() + ".awsapps.com/connect/global-signin")
                .replicationStatusSummaryList(
                        ReplicationStatusSummary.builder().region(instance.sourceRegion())
                                .replicationStatus(replica.replicationStatus()).build(),
                        ReplicationStatusSummary.builder().region(replica.region())
                                .replicationStatus(replica.replicationStatus()).build())
                .build());
    }
}
