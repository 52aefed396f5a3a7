package dev.connectconformance.readiness.discovery;

import dev.connectconformance.account.AccountReads;
import dev.connectconformance.account.Arns;
import dev.connectconformance.account.FlowDirectory;
import dev.connectconformance.plan.Plan;
import dev.connectconformance.plan.PlanEntry;
import dev.connectconformance.readiness.inventory.GroupView;
import dev.connectconformance.readiness.inventory.InstanceView;
import dev.connectconformance.readiness.inventory.PlanNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;

/**
 * The plan's numbers as the account shows them: found by ARN in the region the ARN names, or in E.164 by listing
 * the numbers of the source region, then of the replica region; each one's status, target (and the instance
 * behind it), current flow, and the planned flow resolved on the migration's instance.
 */
final class PlanNumbers {

    private final AccountReads reads;
    private final FlowDirectory flows;
    private final Map<String, String> instanceOfGroup = new HashMap<>();

    PlanNumbers(AccountReads reads, FlowDirectory flows) {
        this.reads = reads;
        this.flows = flows;
    }

    List<PlanNumber> of(Plan plan, GroupView group, InstanceView groupInstance, InstanceView named) {
        instanceOfGroup.put(group.arn(), groupInstance.arn());
        List<PlanNumber> numbers = new ArrayList<>();
        for (PlanEntry entry : plan.entries()) {
            numbers.add(inventoried(entry, group, named));
        }
        return numbers;
    }

    private PlanNumber inventoried(PlanEntry entry, GroupView group, InstanceView named) {
        Optional<String> arn = entry.namesArn() ? Optional.of(entry.number()) : arnOf(entry.number(), group);
        if (arn.isEmpty()) {
            return PlanNumber.notFound(entry, "ListPhoneNumbersV2 lists it neither in " + group.sourceRegion()
                    + " nor in " + group.replicaRegion());
        }
        String region = Arns.regionOf(arn.get());
        Optional<ClaimedPhoneNumberSummary> seen = reads.readUnlessNotFound("DescribePhoneNumber", region,
                () -> reads.connect(region).describePhoneNumber(b -> b.phoneNumberId(arn.get()))
                        .claimedPhoneNumberSummary());
        if (seen.isEmpty()) {
            return PlanNumber.notFound(entry, "DescribePhoneNumber in " + region + " does not know " + arn.get());
        }
        ClaimedPhoneNumberSummary number = seen.get();
        String targetInstanceArn = instanceBehind(number.targetArn());
        Optional<String> currentFlow = targetInstanceArn == null ? Optional.empty()
                : flows.flowOf(Arns.idOf(targetInstanceArn), region, arn.get());
        Optional<String> plannedFlow = entry.flow()
                .flatMap(flow -> flows.resolve(named.id(), group.sourceRegion(), flow));
        return new PlanNumber(entry, true, number.phoneNumberArn(), number.phoneNumber(),
                number.phoneNumberStatus().statusAsString(),
                Optional.ofNullable(number.phoneNumberStatus().message()).filter(m -> !m.isBlank()), region,
                number.targetArn(), targetInstanceArn, currentFlow, plannedFlow, Optional.empty());
    }

    private static final int MAX_PREFIX_DIGITS = 11;

    /** An E.164 number's ARN: the caller's numbers claimed in the source region first, then the replica region. */
    private Optional<String> arnOf(String e164, GroupView group) {
        for (String region : group.regionNames()) {
            Optional<String> found = reads.read("ListPhoneNumbersV2", region, () -> {
                List<ListPhoneNumbersSummary> matching = new ArrayList<>();
                reads.connect(region).listPhoneNumbersV2Paginator(b -> b.phoneNumberPrefix(prefixOf(e164)))
                        .listPhoneNumbersSummaryList().forEach(matching::add);
                return matching.stream().filter(n -> e164.equals(n.phoneNumber()))
                        .map(ListPhoneNumbersSummary::phoneNumberArn).findFirst();
            });
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The longest prefix ListPhoneNumbersV2 accepts for a number: its model allows '+' and at most 11 digits, matched
     * against the whole value, so a full E.164 number of 12 or more digits is refused as a prefix.
     */
    static String prefixOf(String e164) {
        String digits = e164.startsWith("+") ? e164.substring(1) : e164;
        return "+" + digits.substring(0, Math.min(digits.length(), MAX_PREFIX_DIGITS));
    }

    /** The instance behind a number's target: the target itself, or the group's instance. */
    private String instanceBehind(String targetArn) {
        if (targetArn == null || !targetArn.contains(":traffic-distribution-group/")) {
            return targetArn;
        }
        return instanceOfGroup.computeIfAbsent(targetArn, arn -> {
            String region = Arns.regionOf(arn);
            return reads.readUnlessNotFound("DescribeTrafficDistributionGroup", region,
                    () -> reads.connect(region).describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(arn))
                            .trafficDistributionGroup().instanceArn()).orElse(null);
        });
    }
}
