package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The streaming writer gives byte for byte the text Jackson's toString gives, for every kind of node. */
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
}
