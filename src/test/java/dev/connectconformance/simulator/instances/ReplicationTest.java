package dev.connectconformance.simulator.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.connectconformance.simulator.SimulatorTestBase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ContactFlowSummary;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.DescribeInstanceResponse;
import software.amazon.awssdk.services.connect.model.InstanceStatus;
import software.amazon.awssdk.services.connect.model.InvalidRequestException;
import software.amazon.awssdk.services.connect.model.ReplicateInstanceResponse;
import software.amazon.awssdk.services.connect.model.ReplicationStatusSummary;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupStatus;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupSummary;

/**
 * ReplicateInstance. Rules covered: RI-01 (every precondition: ACTIVE, an alias, a supported partner region that
 * is not the source, Osaka only as the replica of Tokyo, a unique replica alias, not already replicated; the
 * replica keeps the id and gets an ARN of the replica region), RI-02 (flows listed in both regions with that
 * region's ARNs), RI-03 (SAML instances only), TDG-04 (replication creates the default traffic distribution group).
 */
class ReplicationTest extends SimulatorTestBase {

    private static String alias() {
        return "r-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ReplicateInstanceResponse replicate(ConnectClient client, String instanceId, String region,
                                                String replicaAlias) {
        return client.replicateInstance(b -> b.instanceId(instanceId).replicaRegion(region)
                .replicaAlias(replicaAlias));
    }

    /** A refused replication leaves the instance unreplicated, with no traffic distribution group. */
    private void assertNotReplicated(ConnectClient client, String instanceId) {
        assertThat(client.describeInstance(b -> b.instanceId(instanceId)).replicationConfiguration()).isNull();
        assertThat(client.listTrafficDistributionGroups(b -> { }).trafficDistributionGroupSummaryList()).isEmpty();
    }

    private static void assertRefused(Executable call, String message) {
        assertThatThrownBy(call::execute)
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining(message);
    }

    @Test
    void theReplicaHasTheSameIdAndAnArnOfTheReplicaRegion() {
        CreateInstanceResponse instance = activeInstance();
        String replicaAlias = alias();

        ReplicateInstanceResponse replica = replicate(east, instance.id(), WEST, replicaAlias);

        assertThat(replica.id()).isEqualTo(instance.id());
        assertThat(replica.arn()).isEqualTo("arn:aws:connect:us-west-2:" + account + ":instance/" + instance.id());
        DescribeInstanceResponse during = east.describeInstance(b -> b.instanceId(instance.id()));
        assertThat(during.replicationConfiguration().replicationStatusSummaryList().get(0).replicationStatusAsString())
                .isEqualTo("INSTANCE_REPLICATION_IN_PROGRESS");
        settle();

        DescribeInstanceResponse fromWest = west.describeInstance(b -> b.instanceId(instance.id()));
        assertThat(fromWest.instance().arn()).isEqualTo(replica.arn());
        assertThat(fromWest.instance().instanceAlias()).isEqualTo(replicaAlias);
        assertThat(fromWest.instance().instanceStatus()).isEqualTo(InstanceStatus.ACTIVE);
        assertThat(fromWest.replicationConfiguration().sourceRegion()).isEqualTo(EAST);
        assertThat(fromWest.replicationConfiguration().replicationStatusSummaryList())
                .extracting(ReplicationStatusSummary::region, ReplicationStatusSummary::replicationStatusAsString)
                .containsExactly(tuple(EAST, "INSTANCE_REPLICATION_COMPLETE"),
                        tuple(WEST, "INSTANCE_REPLICATION_COMPLETE"));
        assertThat(west.describeInstance(b -> b.instanceId(replica.arn())).instance().id()).isEqualTo(instance.id());
        assertThat(west.listInstances(b -> { }).instanceSummaryList()).hasSize(1);
    }

    @Test
    void replicationCreatesTheDefaultTrafficDistributionGroup() {
        CreateInstanceResponse instance = activeInstance();
        replicate(east, instance.id(), WEST, alias());

        List<TrafficDistributionGroupSummary> during = east.listTrafficDistributionGroups(b -> { })
                .trafficDistributionGroupSummaryList();
        assertThat(during).singleElement().satisfies(g -> {
            assertThat(g.isDefault()).isTrue();
            assertThat(g.status()).isEqualTo(TrafficDistributionGroupStatus.CREATION_IN_PROGRESS);
        });
        settle();

        TrafficDistributionGroupSummary group = west.listTrafficDistributionGroups(b -> b.instanceId(instance.id()))
                .trafficDistributionGroupSummaryList().get(0);
        assertThat(group.isDefault()).isTrue();
        assertThat(group.status()).isEqualTo(TrafficDistributionGroupStatus.ACTIVE);
        assertThat(group.instanceArn()).isEqualTo(instance.arn());
        assertThat(group.arn()).startsWith("arn:aws:connect:us-east-1:" + account + ":traffic-distribution-group/");
    }

    @Test
    void anInstanceThatIsNotActiveCannotBeReplicated() {
        CreateInstanceResponse creating = east.createInstance(b -> b.identityManagementType("SAML")
                .instanceAlias(alias()).inboundCallsEnabled(true).outboundCallsEnabled(true));

        assertRefused(() -> replicate(east, creating.id(), WEST, alias()), "only an ACTIVE instance");
        assertNotReplicated(east, creating.id());
    }

    @Test
    void anInstanceWithoutAliasCannotBeReplicated() {
        CreateInstanceResponse directory = east.createInstance(b -> b.identityManagementType("EXISTING_DIRECTORY")
                .directoryId("d-1234567890").inboundCallsEnabled(true).outboundCallsEnabled(true));
        settle();

        assertRefused(() -> replicate(east, directory.id(), WEST, alias()), "has no alias");
        assertNotReplicated(east, directory.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONNECT_MANAGED", "EXISTING_DIRECTORY"})
    void onlyASamlInstanceCanBeReplicated(String identityManagementType) {
        String instanceId = east.createInstance(b -> b.identityManagementType(identityManagementType)
                .instanceAlias(alias()).directoryId("EXISTING_DIRECTORY".equals(identityManagementType)
                        ? "d-1234567890" : null)
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        settle();

        assertRefused(() -> replicate(east, instanceId, WEST, alias()), "IdentityManagementType "
                + identityManagementType + "; only an instance with IdentityManagementType SAML");
        assertNotReplicated(east, instanceId);
        assertThatThrownBy(() -> west.describeInstance(b -> b.instanceId(instanceId)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void anUnsupportedReplicaRegionIsRefused() {
        CreateInstanceResponse instance = activeInstance();

        assertRefused(() -> replicate(east, instance.id(), "eu-west-2", alias()),
                "the supported replica region is us-west-2");
        assertNotReplicated(east, instance.id());
    }

    @Test
    void theSourceRegionCannotBeTheReplicaRegion() {
        CreateInstanceResponse instance = activeInstance();

        assertRefused(() -> replicate(east, instance.id(), EAST, alias()), "must differ from the source region");
        assertNotReplicated(east, instance.id());
    }

    @Test
    void osakaCannotBeReplicatedToTokyo() {
        try (ConnectClient osaka = client("ap-northeast-3", account)) {
            String instanceId = osaka.createInstance(b -> b.identityManagementType("SAML")
                    .instanceAlias(alias()).inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
            settle();

            assertRefused(() -> replicate(osaka, instanceId, "ap-northeast-1", alias()),
                    "this region has no replica region");
            assertNotReplicated(osaka, instanceId);
        }
    }

    @Test
    void tokyoCanBeReplicatedToOsaka() {
        try (ConnectClient tokyo = client("ap-northeast-1", account);
             ConnectClient osaka = client("ap-northeast-3", account)) {
            String instanceId = tokyo.createInstance(b -> b.identityManagementType("SAML")
                    .instanceAlias(alias()).inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
            settle();

            ReplicateInstanceResponse replica = replicate(tokyo, instanceId, "ap-northeast-3", alias());
            settle();

            assertThat(replica.arn()).startsWith("arn:aws:connect:ap-northeast-3:");
            assertThat(osaka.describeInstance(b -> b.instanceId(instanceId)).instance().instanceStatus())
                    .isEqualTo(InstanceStatus.ACTIVE);
        }
    }

    @Test
    void aReplicaAliasInUseIsRefused() {
        CreateInstanceResponse instance = activeInstance();
        String taken = east.describeInstance(b -> b.instanceId(activeInstance().id())).instance().instanceAlias();

        assertRefused(() -> replicate(east, instance.id(), WEST, taken), "'" + taken + "' is already in use");
        assertThat(east.describeInstance(b -> b.instanceId(instance.id())).replicationConfiguration()).isNull();
    }

    @Test
    void anInstanceIsReplicatedOnlyOnce() {
        CreateInstanceResponse instance = replicatedInstance();

        assertRefused(() -> replicate(east, instance.id(), WEST, alias()), "already replicated to us-west-2");
        assertThat(east.listTrafficDistributionGroups(b -> { }).trafficDistributionGroupSummaryList()).hasSize(1);
    }

    @Test
    void replicationMustBeStartedInTheSourceRegion() {
        CreateInstanceResponse instance = replicatedInstance();

        assertRefused(() -> replicate(west, instance.id(), EAST, alias()), "must be called in the instance's source "
                + "region us-east-1");
    }

    @Test
    void flowsAreListedInBothRegionsWithTheArnsOfTheRegionCalled() {
        CreateInstanceResponse instance = replicatedInstance();
        String flowId = east.createContactFlow(b -> b.instanceId(instance.id()).name("Route to queue")
                .type("CONTACT_FLOW").content("{\"Version\":\"2019-10-30\",\"StartAction\":\"x\",\"Actions\":[]}"))
                .contactFlowId();

        List<ContactFlowSummary> inEast = east.listContactFlows(b -> b.instanceId(instance.id()))
                .contactFlowSummaryList();
        List<ContactFlowSummary> inWest = west.listContactFlows(b -> b.instanceId(instance.id()))
                .contactFlowSummaryList();

        assertThat(inWest).extracting(ContactFlowSummary::id)
                .containsExactlyElementsOf(inEast.stream().map(ContactFlowSummary::id).toList())
                .contains(flowId);
        assertThat(inEast).allSatisfy(f -> assertThat(f.arn()).startsWith("arn:aws:connect:us-east-1:" + account
                + ":instance/" + instance.id() + "/contact-flow/"));
        assertThat(inWest).allSatisfy(f -> assertThat(f.arn()).startsWith("arn:aws:connect:us-west-2:" + account
                + ":instance/" + instance.id() + "/contact-flow/"));
        assertThat(west.describeContactFlow(b -> b.instanceId(instance.id()).contactFlowId(flowId)).contactFlow()
                .name()).isEqualTo("Route to queue");
    }
}
