package dev.connectconformance.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ContactFlowSummary;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.FlowAssociationSummary;
import software.amazon.awssdk.services.connect.model.ListFlowAssociationResourceType;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * An account about to migrate, on a simulator with a real settle delay (1 s on its clock, which this class moves
 * instead of waiting): a replicated instance, an empty group split 50/50, and numbers claimed to the instance,
 * each with "Default inbound" associated except the last one, which has no flow.
 */
final class MigrationAccount implements AutoCloseable {

    static final String FLOW = "Default inbound";
    static final Duration SETTLE = Duration.ofSeconds(1);

    final String source;
    final String replica;
    final String instanceId;
    final String instanceArn;
    final String groupArn;
    final List<String> numbers = new ArrayList<>();
    final ConnectClient home;
    final ConnectClient away;
    private final SimulatorAdminClient admin;

    MigrationAccount(URI endpoint, String accountId, String source, String replica, int count) {
        this.source = source;
        this.replica = replica;
        this.home = SimulatorClients.connect(endpoint, source, accountId);
        this.away = SimulatorClients.connect(endpoint, replica, accountId);
        this.admin = new SimulatorAdminClient(endpoint);
        instanceId = home.createInstance(b -> b.identityManagementType("SAML")
                .instanceAlias("m-" + shortId()).inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        settle();
        instanceArn = home.describeInstance(b -> b.instanceId(instanceId)).instance().arn();
        home.replicateInstance(b -> b.instanceId(instanceId).replicaRegion(replica).replicaAlias("r-" + shortId()));
        settle();
        groupArn = home.createTrafficDistributionGroup(b -> b.name("migration-" + shortId()).instanceId(instanceId))
                .arn();
        settle();
        home.updateTrafficDistribution(b -> b.id(groupArn).telephonyConfig(t -> t.distributions(
                Distribution.builder().region(source).percentage(50).build(),
                Distribution.builder().region(replica).percentage(50).build())));
        settle();
        String flowId = flowId(home, FLOW);
        for (int i = 0; i < count; i++) {
            String offered = home.searchAvailablePhoneNumbers(b -> b.targetArn(instanceArn)
                            .phoneNumberCountryCode(PhoneNumberCountryCode.DE).phoneNumberType(PhoneNumberType.DID)
                            .maxResults(1)).availableNumbersList().get(0).phoneNumber();
            String arn = home.claimPhoneNumber(b -> b.targetArn(instanceArn).phoneNumber(offered)).phoneNumberArn();
            settle();
            if (i < count - 1) {
                home.associatePhoneNumberContactFlow(b -> b.phoneNumberId(arn).instanceId(instanceId)
                        .contactFlowId(flowId));
            }
            numbers.add(arn);
        }
        assertThat(status(numbers.get(0))).isEqualTo("CLAIMED");
    }

    void settle() {
        admin.advanceClock(SETTLE);
    }

    String phoneNumberOf(String arn) {
        return home.describePhoneNumber(b -> b.phoneNumberId(arn)).claimedPhoneNumberSummary().phoneNumber();
    }

    String status(String arn) {
        return home.describePhoneNumber(b -> b.phoneNumberId(arn)).claimedPhoneNumberSummary().phoneNumberStatus()
                .statusAsString();
    }

    String targetOf(String arn) {
        return home.describePhoneNumber(b -> b.phoneNumberId(arn)).claimedPhoneNumberSummary().targetArn();
    }

    /** Number ARN to flow name, as a region's ListFlowAssociations shows them. */
    Map<String, String> flowsIn(ConnectClient client) {
        Map<String, String> names = client.listContactFlows(b -> b.instanceId(instanceId)).contactFlowSummaryList()
                .stream().collect(Collectors.toMap(ContactFlowSummary::arn, ContactFlowSummary::name));
        return client.listFlowAssociations(b -> b.instanceId(instanceId)
                        .resourceType(ListFlowAssociationResourceType.VOICE_PHONE_NUMBER)).flowAssociationSummaryList()
                .stream().collect(Collectors.toMap(FlowAssociationSummary::resourceId, a -> names.get(a.flowId())));
    }

    private String flowId(ConnectClient client, String name) {
        return client.listContactFlows(b -> b.instanceId(instanceId)).contactFlowSummaryList().stream()
                .filter(f -> name.equals(f.name())).findFirst().orElseThrow().id();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void close() {
        home.close();
        away.close();
    }
}
