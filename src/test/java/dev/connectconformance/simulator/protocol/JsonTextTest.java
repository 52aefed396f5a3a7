package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.DescribeInstanceResponse;
import software.amazon.awssdk.services.connect.model.DescribeTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.Instance;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersV2Response;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroup;

/**
 * The streaming writer gives byte for byte the text Jackson's toString gives, for every kind of node; an SDK object
 * written straight to text reads the same as its tree.
 */
class JsonTextTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void writesWhatToStringWritesForEveryNodeKind() throws Exception {
        ObjectNode node = NODES.objectNode();
        node.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 unicode é \u2028 😀")
                .put("int", 42).put("long", -9_007_199_254_740_993L).put("double", 1.7335e9).put("float", 0.5f)
                .put("decimal", new BigDecimal("1732464000.123")).put("big", new BigInteger("123456789012345678901"))
                .put("true", true).put("false", false).putNull("null").put("short", (short) 7);
        node.putObject("empty");
        node.putArray("emptyList");
        node.putArray("list").add(1).add("two").addNull().addObject().putArray("nested").add(3.25);
        node.with("deep").with("deeper").put("k", "v");

        assertThat(JsonText.of(node)).isEqualTo(node.toString());
        assertThat(new ObjectMapper().readTree(JsonText.of(node))).isEqualTo(new ObjectMapper().readTree(node.toString()));
        assertThat(JsonText.of(NODES.objectNode().put("Message", "m"))).isEqualTo("{\"Message\":\"m\"}");
    }

    @Test
    void anSdkObjectWrittenWithoutATreeIsTheTextOfItsTree() {
        SdkPojo response = DescribeTrafficDistributionGroupResponse.builder().trafficDistributionGroup(
                TrafficDistributionGroup.builder().id("id \" é").name("n").status("ACTIVE").isDefault(true)
                        .tags(Map.of("k", "v", "other", "w")).build()).build();
        SdkPojo page = ListPhoneNumbersV2Response.builder().nextToken("t").listPhoneNumbersSummaryList(
                ListPhoneNumbersSummary.builder().phoneNumberId("a").phoneNumber("+12015550100").build(),
                ListPhoneNumbersSummary.builder().phoneNumberId("b").build()).build();
        SdkPojo timed = DescribeInstanceResponse.builder().instance(Instance.builder().id("i")
                .createdTime(Instant.ofEpochMilli(1_732_464_000_123L)).inboundCallsEnabled(false).build()).build();

        for (SdkPojo pojo : List.of(response, page, timed, ListPhoneNumbersV2Response.builder().build())) {
            assertThat(JsonText.of(pojo)).isEqualTo(JsonText.of(SdkPojoJson.write(pojo)));
        }
        assertThat(JsonText.of(timed)).contains("\"CreatedTime\":1732464000.123");
    }
}
