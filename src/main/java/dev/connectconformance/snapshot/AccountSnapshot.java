package dev.connectconformance.snapshot;

import dev.connectconformance.account.AccountClients;
import dev.connectconformance.account.AccountReads;
import dev.connectconformance.account.Arns;
import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.account.FlowDirectory;
import dev.connectconformance.account.QuotaLookup;
import dev.connectconformance.account.ReplicaRegions;
import dev.connectconformance.simulator.statefile.PendingWorkDocument;
import dev.connectconformance.simulator.statefile.AccountDocument;
import dev.connectconformance.simulator.statefile.FlowDocument;
import dev.connectconformance.simulator.statefile.GroupDocument;
import dev.connectconformance.simulator.statefile.InstanceDocument;
import dev.connectconformance.simulator.statefile.NumberDocument;
import dev.connectconformance.simulator.statefile.QuotasDocument;
import dev.connectconformance.simulator.statefile.ReplicaDocument;
import dev.connectconformance.simulator.statefile.SourceDocument;
import dev.connectconformance.simulator.statefile.StateDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ContactFlowSummary;
import software.amazon.awssdk.services.connect.model.DescribeInstanceResponse;
import software.amazon.awssdk.services.connect.model.GetTrafficDistributionResponse;
import software.amazon.awssdk.services.connect.model.Instance;
import software.amazon.awssdk.services.connect.model.ReplicationStatusSummary;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroup;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupSummary;

/**
 * Reads, read-only, what a migration touches into a state document a simulator can load: the instance and its
 * replica, the instance's traffic distribution groups (status, split, default), the numbers claimed to the
 * instance and to its groups, the flows (ARNs in both regions), the numbers' flow associations and the
 * phone-number quota of each target. Only Describe, List and Get operations are called, through the same reads
 * as readiness, so a failure is the same one plain line.
 */
public final class AccountSnapshot {

    private final AccountReads reads;
    private final FlowDirectory flowDirectory;
    private final Consumer<String> progress;

    public AccountSnapshot(AccountClients clients, Consumer<String> progress) {
        this.reads = new AccountReads(clients);
        this.flowDirectory = new FlowDirectory(reads);
        this.progress = progress;
    }

    public StateDocument take(String instanceId, String region, Instant takenAt) {
        progress.accept("reading instance " + instanceId + " in " + region);
        DescribeInstanceResponse described = reads.readUnlessNotFound("DescribeInstance", region,
                        () -> reads.connect(region).describeInstance(b -> b.instanceId(instanceId)))
                .orElseThrow(() -> new CannotCheck("instance " + instanceId + " was not found in " + region
                        + " with " + reads.credentialsName() + ": check the instance id and the region"));
        Instance instance = described.instance();
        String accountId = instance.arn().split(":")[4];
        Optional<ReplicationStatusSummary> replication = Optional.ofNullable(described.replicationConfiguration())
                .flatMap(ReplicaRegions::replicaOf);
        Optional<String> replicaRegion = replication.map(ReplicationStatusSummary::region);

        List<GroupDocument> groups = groups(instance, region, replicaRegion.orElse(null), takenAt);
        List<String> targets = new ArrayList<>(List.of(instance.arn()));
        groups.forEach(g -> targets.add(g.arn()));
        Map<String, String> flowOfNumber = flowAssociations(instance.id(), region);
        List<NumberDocument> numbers = new ArrayList<>();
        List<PendingWorkDocument> pending = new ArrayList<>();
        for (String target : targets) {
            progress.accept("reading the numbers on " + target);
            for (NumberDocument number : numbersOn(target, region, flowOfNumber)) {
                numbers.add(number);
                if ("IN_PROGRESS".equals(number.status())) {
                    // The account finishes this work on its own; on the twin it settles at the snapshot's time.
                    pending.add(new PendingWorkDocument.ClaimSettles(takenAt, number.id(), null));
                }
            }
        }
        ReplicaDocument replica = replicaRegion.map(r -> replica(instance.id(), r, replication.get())).orElse(null);
        InstanceDocument instanceDocument = new InstanceDocument(instance.id(), instance.arn(),
                instance.instanceAlias(), region, instance.instanceStatusAsString(),
                instance.identityManagementTypeAsString(), Boolean.TRUE.equals(instance.inboundCallsEnabled()),
                Boolean.TRUE.equals(instance.outboundCallsEnabled()),
                Optional.ofNullable(instance.createdTime()).orElse(takenAt), replica,
                flows(instance.id(), region, replicaRegion), new TreeMap<>(instance.tags()));

        QuotasDocument quotas = quotas(region, targets);
        AccountDocument account = new AccountDocument(List.of(instanceDocument), groups, numbers, Map.of(), pending);
        return new StateDocument(StateDocument.FORMAT_VERSION,
                new SourceDocument("snapshot", takenAt, region, instance.id(), null), takenAt, quotas, Map.of(),
                Map.of(accountId, account));
    }

    private ReplicaDocument replica(String instanceId, String replicaRegion, ReplicationStatusSummary replication) {
        progress.accept("reading the replica in " + replicaRegion);
        Instance seen = reads.read("DescribeInstance", replicaRegion,
                () -> reads.connect(replicaRegion).describeInstance(b -> b.instanceId(instanceId))).instance();
        return new ReplicaDocument(replicaRegion, seen.arn(), seen.instanceAlias(), seen.instanceStatusAsString(),
                replication.replicationStatusAsString(), seen.createdTime());
    }

    private List<GroupDocument> groups(Instance instance, String region, String replicaRegion, Instant takenAt) {
        progress.accept("reading the traffic distribution groups of " + instance.id());
        List<TrafficDistributionGroupSummary> listed = reads.read("ListTrafficDistributionGroups", region, () -> {
            List<TrafficDistributionGroupSummary> all = new ArrayList<>();
            reads.connect(region).listTrafficDistributionGroupsPaginator(b -> b.instanceId(instance.id()))
                    .trafficDistributionGroupSummaryList().forEach(all::add);
            return all;
        });
        List<GroupDocument> groups = new ArrayList<>();
        for (TrafficDistributionGroupSummary summary : listed) {
            TrafficDistributionGroup group = reads.read("DescribeTrafficDistributionGroup", region,
                    () -> reads.connect(region).describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(
                            summary.arn())).trafficDistributionGroup());
            Map<String, Integer> telephony = new LinkedHashMap<>();
            Map<String, Boolean> signIn = new LinkedHashMap<>();
            Map<String, Integer> agents = new LinkedHashMap<>();
            // TDG-10: the distribution can be read only while the group is ACTIVE.
            if ("ACTIVE".equals(group.statusAsString())) {
                GetTrafficDistributionResponse split = reads.read("GetTrafficDistribution", region,
                        () -> reads.connect(region).getTrafficDistribution(b -> b.id(group.arn())));
                if (split.telephonyConfig() != null) {
                    split.telephonyConfig().distributions().forEach(d -> telephony.put(d.region(), d.percentage()));
                }
                if (split.signInConfig() != null) {
                    split.signInConfig().distributions().forEach(d -> signIn.put(d.region(), d.enabled()));
                }
                if (split.agentConfig() != null) {
                    split.agentConfig().distributions().forEach(d -> agents.put(d.region(), d.percentage()));
                }
            }
            String linked = telephony.keySet().stream().filter(r -> !r.equals(region)).findFirst()
                    .orElse(replicaRegion);
            groups.add(new GroupDocument(group.id(), group.arn(), group.name(), group.description(), instance.id(),
                    region, linked, Boolean.TRUE.equals(group.isDefault()), group.statusAsString(), takenAt,
                    telephony, signIn, agents, new TreeMap<>(group.tags())));
        }
        return groups;
    }

    private List<NumberDocument> numbersOn(String targetArn, String region, Map<String, String> flowOfNumber) {
        List<String> arns = reads.read("ListPhoneNumbersV2", region, () -> {
            List<String> all = new ArrayList<>();
            reads.connect(region).listPhoneNumbersV2Paginator(b -> b.targetArn(targetArn))
                    .listPhoneNumbersSummaryList().forEach(n -> all.add(n.phoneNumberArn()));
            return all;
        });
        List<NumberDocument> numbers = new ArrayList<>();
        for (String arn : arns) {
            reads.readUnlessNotFound("DescribePhoneNumber", region,
                    () -> reads.connect(region).describePhoneNumber(b -> b.phoneNumberId(arn))
                            .claimedPhoneNumberSummary())
                    .ifPresent(n -> numbers.add(number(n, flowOfNumber)));
        }
        return numbers;
    }

    private static NumberDocument number(ClaimedPhoneNumberSummary n, Map<String, String> flowOfNumber) {
        String status = n.phoneNumberStatus().statusAsString();
        // A FAILED number counts against no quota (PN-15, as the simulator models it). The snapshot cannot tell a
        // failed claim (gone after a day) from a failed move, so it schedules no expiry: the twin keeps the number.
        String quotaTarget = "FAILED".equals(status) ? null : n.targetArn();
        String message = n.phoneNumberStatus().message() == null || n.phoneNumberStatus().message().isBlank() ? null
                : n.phoneNumberStatus().message();
        return new NumberDocument(n.phoneNumberId(), n.phoneNumberArn(), n.phoneNumber(),
                n.phoneNumberCountryCodeAsString(), n.phoneNumberTypeAsString(), Arns.regionOf(n.phoneNumberArn()),
                n.phoneNumberDescription(), n.targetArn(), quotaTarget, status, message, null, null,
                Optional.ofNullable(flowOfNumber.get(n.phoneNumberId())).map(Arns::idOf).orElse(null),
                new TreeMap<>(n.tags()));
    }

    private Map<String, String> flowAssociations(String instanceId, String region) {
        progress.accept("reading the flow associations of " + instanceId);
        return flowDirectory.associations(instanceId, region);
    }

    private List<FlowDocument> flows(String instanceId, String region, Optional<String> replicaRegion) {
        progress.accept("reading the flows of " + instanceId);
        Map<String, Map<String, String>> arnsById = new LinkedHashMap<>();
        List<ContactFlowSummary> source = flowDirectory.flows(instanceId, region);
        source.forEach(f -> arnsById.computeIfAbsent(f.id(), id -> new LinkedHashMap<>()).put(region, f.arn()));
        replicaRegion.ifPresent(r -> flowDirectory.flows(instanceId, r).forEach(f -> {
            Map<String, String> arns = arnsById.get(f.id());
            if (arns != null) {
                arns.put(r, f.arn());
            }
        }));
        return source.stream().map(f -> new FlowDocument(f.id(), f.name(), f.contactFlowTypeAsString(),
                Optional.ofNullable(f.contactFlowStatusAsString()).orElse("PUBLISHED"), null, arnsById.get(f.id()),
                null, Map.of())).toList();
    }

    /** Each target's quota as readiness reads it; the instance's is the default, the groups' are overrides. */
    private QuotasDocument quotas(String region, List<String> targets) {
        progress.accept("reading the phone-number quotas (Service Quotas)");
        QuotaLookup lookup = new QuotaLookup(reads);
        Map<String, Integer> overrides = new TreeMap<>();
        int instanceQuota = lookup.phoneNumbersPerTarget(region, targets.get(0)).value();
        for (String target : targets.subList(1, targets.size())) {
            int value = lookup.phoneNumbersPerTarget(region, target).value();
            if (value != instanceQuota) {
                overrides.put(target, value);
            }
        }
        return new QuotasDocument(instanceQuota, overrides);
    }
}
