package dev.connectconformance.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.client.SimulatorClients;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ContactFlowSummary;
import software.amazon.awssdk.services.connect.model.Distribution;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;

/**
 * An account on a simulator started with {@code --settle-delay 0}, prepared through the public API the way a team
 * would have set it up before a migration: a replicated instance, a group split 50/50 with two numbers wired to
 * flows in both regions, and two numbers still on the instance (one with a flow). {@link #breakIt()} then adds
 * what readiness must catch.
 */
public final class PreparedAccount implements AutoCloseable {

    public final String source;
    public final String replica;
    public final String instanceId;
    public final String instanceArn;
    public final String groupArn;
    public final List<String> onGroup = new ArrayList<>();
    public final List<String> onInstance = new ArrayList<>();
    public final String sourceFlowId;
    public final String sourceFlowName;
    private final ConnectClient home;
    private final ConnectClient away;
    private final SimulatorAdminClient admin;

    // set by breakIt()
    public String failedOnGroup;
    public String withoutFlow;
    public String claimedInReplica;
    public String otherInstanceId;

    /** Prepares the account the access key id selects (a 12-digit key is the account, any other the default). */
    public PreparedAccount(URI endpoint, String accessKeyId, String source, String replica) {
        this.source = source;
        this.replica = replica;
        this.home = SimulatorClients.connect(endpoint, source, accessKeyId);
        this.away = SimulatorClients.connect(endpoint, replica, accessKeyId);
        this.admin = new SimulatorAdminClient(endpoint);
        // Tests prepare several of these in one account (a key id that is not 12 digits is the default account), and
        // a broken one adds two instances to each region: more than AWS's default of 2 per region (QT-01).
        admin.setInstancesPerRegion(10);
        instanceId = replicatedInstance();
        instanceArn = home.describeInstance(b -> b.instanceId(instanceId)).instance().arn();
        groupArn = home.createTrafficDistributionGroup(b -> b.name("migration-" + shortId()).instanceId(instanceId)).arn();
        settled(() -> groupStatus(groupArn), "ACTIVE");
        home.updateTrafficDistribution(b -> b.id(groupArn).telephonyConfig(t -> t.distributions(
                Distribution.builder().region(source).percentage(50).build(),
                Distribution.builder().region(replica).percentage(50).build())));
        settled(() -> groupStatus(groupArn), "ACTIVE");
        ContactFlowSummary flow = inboundFlow(home);
        sourceFlowId = flow.id();
        sourceFlowName = flow.name();
        String replicaFlowId = inboundFlow(away).id();
        for (int i = 0; i < 2; i++) {
            String number = claim(home, instanceArn);
            moveOntoGroup(number);
            home.associatePhoneNumberContactFlow(b -> b.phoneNumberId(number).instanceId(instanceId)
                    .contactFlowId(sourceFlowId));
            away.associatePhoneNumberContactFlow(b -> b.phoneNumberId(number).instanceId(instanceId)
                    .contactFlowId(replicaFlowId));
            onGroup.add(number);
        }
        onInstance.add(claim(home, instanceArn));
        onInstance.add(claim(home, instanceArn));
        home.associatePhoneNumberContactFlow(b -> b.phoneNumberId(onInstance.get(0)).instanceId(instanceId)
                .contactFlowId(sourceFlowId));
    }

    /**
     * Adds a number on the group without a flow, lowers the group's quota to what it holds so a further claim to it
     * ends FAILED, claims a number in the replica region (to an instance created there), and creates another
     * replicated instance a wrong --instance can name.
     */
    public PreparedAccount breakIt() {
        withoutFlow = claim(home, instanceArn);
        moveOntoGroup(withoutFlow);
        onGroup.add(withoutFlow);
        admin.setPhoneNumbersPerTarget(groupArn, onGroup.size());
        failedOnGroup = home.claimPhoneNumber(b -> b.targetArn(groupArn).phoneNumber(available(home, groupArn)))
                .phoneNumberArn();
        settled(() -> numberStatus(failedOnGroup), "FAILED");
        String westInstance = activeInstance(away);
        claimedInReplica = claim(away, away.describeInstance(b -> b.instanceId(westInstance)).instance().arn());
        otherInstanceId = replicatedInstance();
        return this;
    }

    public String phoneNumberOf(String arn) {
        return home.describePhoneNumber(b -> b.phoneNumberId(arn)).claimedPhoneNumberSummary().phoneNumber();
    }

    public String numberStatus(String arn) {
        ConnectClient client = arn.contains(":" + replica + ":") ? away : home;
        return client.describePhoneNumber(b -> b.phoneNumberId(arn)).claimedPhoneNumberSummary().phoneNumberStatus()
                .statusAsString();
    }

    private String replicatedInstance() {
        String id = activeInstance(home);
        home.replicateInstance(b -> b.instanceId(id).replicaRegion(replica).replicaAlias("r-" + shortId()));
        settled(() -> away.describeInstance(b -> b.instanceId(id)).instance().instanceStatusAsString(), "ACTIVE");
        return id;
    }

    private static String activeInstance(ConnectClient client) {
        String id = client.createInstance(b -> b.identityManagementType("SAML").instanceAlias("i-" + shortId())
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        settled(() -> client.describeInstance(b -> b.instanceId(id)).instance().instanceStatusAsString(), "ACTIVE");
        return id;
    }

    private String claim(ConnectClient client, String targetArn) {
        String number = client.claimPhoneNumber(b -> b.targetArn(targetArn).phoneNumber(available(client, targetArn)))
                .phoneNumberArn();
        settled(() -> numberStatus(number), "CLAIMED");
        return number;
    }

    private void moveOntoGroup(String number) {
        home.updatePhoneNumber(b -> b.phoneNumberId(number).targetArn(groupArn));
        settled(() -> numberStatus(number), "CLAIMED");
    }

    /** Numbers on offer, skipping any other tests may have taken since (the inventory is shared by accounts). */
    private static String available(ConnectClient client, String targetArn) {
        List<String> offer = client.searchAvailablePhoneNumbers(b -> b.targetArn(targetArn)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.DE).phoneNumberType(PhoneNumberType.DID)
                        .maxResults(10)).availableNumbersList().stream().map(n -> n.phoneNumber()).toList();
        assertThat(offer).as("numbers on offer").isNotEmpty();
        return offer.get(0);
    }

    private ContactFlowSummary inboundFlow(ConnectClient client) {
        return client.listContactFlows(b -> b.instanceId(instanceId)).contactFlowSummaryList().stream()
                .filter(f -> "CONTACT_FLOW".equals(f.contactFlowTypeAsString())).findFirst().orElseThrow();
    }

    private String groupStatus(String arn) {
        return home.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(arn)).trafficDistributionGroup()
                .statusAsString();
    }

    /** With a settle delay of 0 pending work completes on the next call: a few calls at most, no waiting. */
    private static void settled(Supplier<String> status, String expected) {
        for (int call = 0; call < 5 && !expected.equals(status.get()); call++) {
            // the call itself lets the simulator apply what is due
        }
        assertThat(status.get()).isEqualTo(expected);
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
