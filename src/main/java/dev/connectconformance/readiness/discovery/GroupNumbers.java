package dev.connectconformance.readiness.discovery;

import dev.connectconformance.account.AccountReads;
import dev.connectconformance.account.FlowDirectory;
import dev.connectconformance.readiness.inventory.GroupView;
import dev.connectconformance.readiness.inventory.InstanceView;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;

/**
 * The numbers on the group: ListPhoneNumbersV2 with the group's ARN (every page), each one's status and message
 * (DescribePhoneNumber by ARN at home), whether the replica region finds it by ARN, and its flow in each region.
 */
final class GroupNumbers {

    private final AccountReads reads;
    private final FlowDirectory flows;

    GroupNumbers(AccountReads reads, FlowDirectory flows) {
        this.reads = reads;
        this.flows = flows;
    }

    List<NumberOnGroup> of(GroupView group, InstanceView groupInstance) {
        String source = group.sourceRegion();
        List<ListPhoneNumbersSummary> listed = reads.read("ListPhoneNumbersV2", source, () -> {
            List<ListPhoneNumbersSummary> all = new ArrayList<>();
            reads.connect(source).listPhoneNumbersV2Paginator(b -> b.targetArn(group.arn()))
                    .listPhoneNumbersSummaryList().forEach(all::add);
            return all;
        });
        List<NumberOnGroup> numbers = new ArrayList<>();
        for (ListPhoneNumbersSummary number : listed) {
            numbers.add(inventoried(group, groupInstance, number));
        }
        return numbers;
    }

    private NumberOnGroup inventoried(GroupView group, InstanceView groupInstance, ListPhoneNumbersSummary number) {
        String arn = number.phoneNumberArn();
        Map<String, Boolean> visible = new LinkedHashMap<>();
        Map<String, Optional<String>> flowByRegion = new LinkedHashMap<>();
        Optional<ClaimedPhoneNumberSummary> atHome = Optional.empty();
        for (String region : group.regionNames()) {
            Optional<ClaimedPhoneNumberSummary> seen = reads.readUnlessNotFound("DescribePhoneNumber", region,
                    () -> reads.connect(region).describePhoneNumber(b -> b.phoneNumberId(arn))
                            .claimedPhoneNumberSummary());
            visible.put(region, seen.isPresent());
            if (region.equals(group.sourceRegion())) {
                atHome = seen;
            }
            flowByRegion.put(region, flows.flowOf(groupInstance.id(), region, arn));
        }
        // Listed a moment ago but gone at home: released meanwhile; the status says so instead of guessing.
        String status = atHome.map(n -> n.phoneNumberStatus().statusAsString()).orElse("NOT_FOUND");
        Optional<String> message = atHome.map(n -> n.phoneNumberStatus().message()).filter(m -> !m.isBlank());
        return new NumberOnGroup(arn, number.phoneNumber(), status, message, visible, flowByRegion);
    }
}
