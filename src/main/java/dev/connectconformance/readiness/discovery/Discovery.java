package dev.connectconformance.readiness.discovery;

import dev.connectconformance.account.AccountClients;
import dev.connectconformance.account.AccountReads;
import dev.connectconformance.account.Arns;
import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.account.FlowDirectory;
import dev.connectconformance.account.GroupArn;
import dev.connectconformance.account.QuotaLookup;
import dev.connectconformance.account.QuotaSource;
import dev.connectconformance.account.QuotaValue;
import dev.connectconformance.account.ReplicaRegions;
import dev.connectconformance.readiness.inventory.GroupInRegion;
import dev.connectconformance.readiness.inventory.GroupView;
import dev.connectconformance.readiness.inventory.InstanceView;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import dev.connectconformance.readiness.inventory.PlanNumber;
import dev.connectconformance.readiness.inventory.TrafficSplit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.connect.model.DescribeInstanceResponse;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.GetTrafficDistributionResponse;
import software.amazon.awssdk.services.connect.model.ReplicationStatusSummary;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroup;

/**
 * Finds everything readiness judges, read-only, nothing listed by hand. The first reads are the preflight: the
 * group from its home region, the instances from the source region, the replica region from the replication;
 * when one of them fails the account cannot be checked ({@link CannotCheck}).
 */
public final class Discovery {

    private final AccountReads reads;

    public Discovery(AccountClients clients) {
        this.reads = new AccountReads(clients);
    }

    public Inventory discover(ReadinessRequest request) {
        GroupArn arn = GroupArn.parse(request.groupArn());
        String source = arn.region();
        TrafficDistributionGroup atHome = groupAtHome(arn);
        InstanceView groupInstance = instance(Arns.idOf(atHome.instanceArn()), source,
                "the instance the group links");
        InstanceView named = request.instanceId().map(id -> instance(id, source, "--instance")).orElse(groupInstance);
        String replica = replicaRegion(request, named, groupInstance);
        GroupView group = new GroupView(arn.arn(), atHome.name(), source, replica, seenFrom(source, atHome),
                seenFromReplica(arn.arn(), replica));

        FlowDirectory flows = new FlowDirectory(reads);
        List<NumberOnGroup> numbers = new GroupNumbers(reads, flows).of(group, groupInstance);
        List<PlanNumber> plan = new PlanNumbers(reads, flows).of(request.plan(), group, groupInstance, named);
        QuotaValue quota = request.quota()
                .map(value -> new QuotaValue(value, QuotaSource.OPTION, "given with --quota"))
                .orElseGet(() -> new QuotaLookup(reads).phoneNumbersPerTarget(source, arn.arn()));
        group.regionNames().forEach(region -> flows.listFlows(groupInstance.id(), region));
        return new Inventory(group, named, groupInstance, numbers, plan, request.plan().source(), quota, flows.names());
    }

    private TrafficDistributionGroup groupAtHome(GroupArn arn) {
        return reads.readUnlessNotFound("DescribeTrafficDistributionGroup", arn.region(),
                        () -> reads.connect(arn.region()).describeTrafficDistributionGroup(b ->
                                b.trafficDistributionGroupId(arn.arn())).trafficDistributionGroup())
                .orElseThrow(() -> new CannotCheck("traffic distribution group " + arn.arn() + " was not found in "
                        + arn.region() + " with " + reads.credentialsName() + ": check the ARN, and that these "
                        + "credentials are for account " + arn.accountId()));
    }

    private InstanceView instance(String instanceId, String region, String role) {
        DescribeInstanceResponse described = reads.readUnlessNotFound("DescribeInstance", region,
                        () -> reads.connect(region).describeInstance(b -> b.instanceId(instanceId)))
                .orElseThrow(() -> new CannotCheck("instance " + instanceId + " (" + role + ") was not found in "
                        + region + ", the group's home region: check the instance id"));
        Optional<ReplicationStatusSummary> replica = Optional.ofNullable(described.replicationConfiguration())
                .flatMap(ReplicaRegions::replicaOf);
        return new InstanceView(described.instance().id(), described.instance().arn(),
                described.instance().instanceAlias(), replica.map(ReplicationStatusSummary::region),
                replica.map(ReplicationStatusSummary::replicationStatusAsString));
    }

    private static String replicaRegion(ReadinessRequest request, InstanceView named, InstanceView groupInstance) {
        return request.replicaRegion().or(named::replicaRegion).or(groupInstance::replicaRegion)
                .orElseThrow(() -> new CannotCheck("cannot tell the replica region: instance " + named.id()
                        + " is not replicated; name the region with --replica-region"));
    }

    private GroupInRegion seenFromReplica(String arn, String region) {
        return reads.readUnlessNotFound("DescribeTrafficDistributionGroup", region,
                        () -> reads.connect(region).describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(arn))
                                .trafficDistributionGroup())
                .map(group -> seenFrom(region, group))
                .orElseGet(() -> GroupInRegion.notFound(region, "ResourceNotFoundException"));
    }

    /** The group as a region describes it, with its distribution when that region can read it (ACTIVE only). */
    private GroupInRegion seenFrom(String region, TrafficDistributionGroup group) {
        Optional<TrafficSplit> split = Optional.empty();
        Optional<String> note = Optional.empty();
        if ("ACTIVE".equals(group.statusAsString())) {
            GetTrafficDistributionResponse distribution = reads.read("GetTrafficDistribution", region,
                    () -> reads.connect(region).getTrafficDistribution(b -> b.id(group.arn())));
            split = Optional.of(split(distribution));
        } else {
            note = Optional.of("its distribution can be read once it is ACTIVE");
        }
        return new GroupInRegion(region, Optional.of(group.statusAsString()), Boolean.TRUE.equals(group.isDefault()),
                group.instanceArn(), split, note);
    }

    private static TrafficSplit split(GetTrafficDistributionResponse distribution) {
        Map<String, Boolean> signIn = new LinkedHashMap<>();
        if (distribution.signInConfig() != null) {
            distribution.signInConfig().distributions().forEach(d -> signIn.put(d.region(), d.enabled()));
        }
        return new TrafficSplit(percentages(distribution.telephonyConfig() == null ? List.of()
                : distribution.telephonyConfig().distributions()), signIn,
                percentages(distribution.agentConfig() == null ? List.of() : distribution.agentConfig().distributions()));
    }

    private static Map<String, Integer> percentages(List<Distribution> distributions) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        distributions.forEach(d -> shares.put(d.region(), d.percentage()));
        return shares;
    }
}
