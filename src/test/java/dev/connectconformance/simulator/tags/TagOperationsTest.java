package dev.connectconformance.simulator.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.CreateInstanceResponse;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/**
 * TagResource, UntagResource and ListTagsForResource on instances, traffic distribution groups, phone numbers
 * and flows. Lookups follow the resource rules: TDG-05 (a TDG by ARN from its linked region), TDG-08 (another
 * account's resources are not found); tag keys with the reserved "aws:" prefix and more than 50 tags per
 * resource are refused without changing anything.
 */
class TagOperationsTest extends SimulatorTestBase {

    private Map<String, String> tagsOf(ConnectClient client, String arn) {
        return client.listTagsForResource(b -> b.resourceArn(arn)).tags();
    }

    private void tag(ConnectClient client, String arn, Map<String, String> tags) {
        client.tagResource(b -> b.resourceArn(arn).tags(tags));
    }

    @Test
    void anInstanceIsTaggedListedAndUntagged() {
        CreateInstanceResponse instance = activeInstance();

        tag(east, instance.arn(), Map.of("team", "voice", "cost-center", "42"));
        assertThat(tagsOf(east, instance.arn())).containsOnly(Map.entry("team", "voice"),
                Map.entry("cost-center", "42"));

        east.untagResource(b -> b.resourceArn(instance.arn()).tagKeys("team", "never-set"));
        assertThat(tagsOf(east, instance.arn())).containsOnly(Map.entry("cost-center", "42"));
        assertThat(east.describeInstance(b -> b.instanceId(instance.id())).instance().tags())
                .containsOnly(Map.entry("cost-center", "42"));
    }

    @Test
    void aReplicatedInstanceShowsItsTagsUnderTheReplicaArn() {
        CreateInstanceResponse instance = replicatedInstance();
        String replicaArn = instance.arn().replace(EAST, WEST);

        tag(west, replicaArn, Map.of("side", "replica"));

        assertThat(tagsOf(east, instance.arn())).containsEntry("side", "replica");
    }

    @Test
    void aTrafficDistributionGroupIsTaggedFromBothRegionsByArn() {
        String instanceId = replicatedInstance().id();
        var group = east.createTrafficDistributionGroup(b -> b.instanceId(instanceId).name("tagged")
                .tags(Map.of("created", "yes")));

        tag(west, group.arn(), Map.of("from", "west"));

        assertThat(tagsOf(east, group.arn())).containsOnly(Map.entry("created", "yes"), Map.entry("from", "west"));
        assertThat(east.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.id()))
                .trafficDistributionGroup().tags()).containsEntry("from", "west");
    }

    @Test
    void aPhoneNumberIsTagged() {
        String numberArn = claimedNumberArn();

        tag(east, numberArn, Map.of("line", "support"));
        east.untagResource(b -> b.resourceArn(numberArn).tagKeys("line"));
        tag(east, numberArn, Map.of("line", "sales"));

        assertThat(tagsOf(east, numberArn)).containsOnly(Map.entry("line", "sales"));
    }

    @Test
    void aFlowIsTaggedInTheRegionOfItsArn() {
        CreateInstanceResponse instance = replicatedInstance();
        String flowId = east.createContactFlow(b -> b.instanceId(instance.id()).name("tagged flow")
                .type("CONTACT_FLOW").content("{\"Version\":\"2019-10-30\",\"StartAction\":\"x\",\"Actions\":[]}"))
                .contactFlowId();
        String eastArn = instance.arn() + "/contact-flow/" + flowId;
        String westArn = eastArn.replace(EAST, WEST);

        tag(east, eastArn, Map.of("kind", "inbound"));

        assertThat(tagsOf(west, westArn)).containsOnly(Map.entry("kind", "inbound"));
        assertThat(east.describeContactFlow(b -> b.instanceId(instance.id()).contactFlowId(flowId)).contactFlow()
                .tags()).containsEntry("kind", "inbound");
        assertThatThrownBy(() -> tagsOf(east, westArn))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404))
                .hasMessageContaining("Contact flow not found");
    }

    @Test
    void theReservedAwsPrefixIsRefusedInAnyCase() {
        CreateInstanceResponse instance = activeInstance();

        assertThatThrownBy(() -> tag(east, instance.arn(), Map.of("aws:owner", "me")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("tags");
        assertThatThrownBy(() -> tag(east, instance.arn(), Map.of("ok", "1", "AWS:Owner", "me")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("reserved prefix 'aws:'");
        assertThat(tagsOf(east, instance.arn())).isEmpty();
    }

    @Test
    void aResourceHoldsAtMost50Tags() {
        CreateInstanceResponse instance = activeInstance();
        tag(east, instance.arn(), numberedTags("a", 30));

        assertThatThrownBy(() -> tag(east, instance.arn(), numberedTags("b", 21)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("at most 50 tags; this request would give it 51");
        assertThat(tagsOf(east, instance.arn())).hasSize(30);

        tag(east, instance.arn(), numberedTags("b", 20));
        tag(east, instance.arn(), numberedTags("a", 30));
        assertThat(tagsOf(east, instance.arn())).hasSize(50);
    }

    @Test
    void anotherAccountsResourceIsNotFound() {
        CreateInstanceResponse instance = activeInstance();
        tag(east, instance.arn(), Map.of("secret", "value"));

        try (ConnectClient stranger = client(EAST, randomAccountId())) {
            assertThatThrownBy(() -> tagsOf(stranger, instance.arn()))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(404))
                    .hasMessageContaining("Instance not found")
                    .hasMessageNotContaining("secret");
            assertThatThrownBy(() -> tag(stranger, instance.arn(), Map.of("mine", "now")))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
        assertThat(tagsOf(east, instance.arn())).containsOnly(Map.entry("secret", "value"));
    }

    @Test
    void anArnOfAnotherRegionIsNotFound() {
        CreateInstanceResponse instance = activeInstance();

        assertThatThrownBy(() -> tagsOf(west, instance.arn()))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404))
                .hasMessageContaining("Instance not found");
    }

    @Test
    void somethingThatIsNotAConnectArnIsRefused() {
        assertThatThrownBy(() -> tagsOf(east, "not-an-arn"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("is not an Amazon Connect ARN");
    }

    @Test
    void anUntaggableResourceTypeIsNotFound() {
        String queueArn = "arn:aws:connect:us-east-1:" + account + ":queue/" + UUID.randomUUID();

        assertThatThrownBy(() -> tag(east, queueArn, Map.of("k", "v")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404))
                .hasMessageContaining("resource type queue");
    }

    private static Map<String, String> numberedTags(String prefix, int count) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            tags.put(prefix + i, "v" + i);
        }
        return tags;
    }

    /** Claiming belongs to the phone-number operations; the number is put on an instance directly. */
    private String claimedNumberArn() {
        CreateInstanceResponse instance = activeInstance();
        AccountState state = simulator.store().account(account);
        return state.exclusively(simulator.clock().now(), () -> {
            PhoneNumberRecord number = new PhoneNumberRecord(UUID.randomUUID().toString(), "+15555550142", "US",
                    "DID", EAST, null);
            number.markClaimed();
            state.addPhoneNumber(number, instance.arn(), instance.arn());
            return number.arn(account);
        });
    }
}
