package dev.connectconformance.simulator.operations.instances;

import dev.connectconformance.simulator.state.FlowRecord;
import dev.connectconformance.simulator.state.Ids;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.connect.model.ContactFlowStatus;

/** The flows a new Amazon Connect instance comes with, by name and flow type. */
final class DefaultFlows {

    private static final List<Map.Entry<String, String>> FLOWS = List.of(
            Map.entry("Default inbound", "CONTACT_FLOW"),
            Map.entry("Sample inbound flow (first contact experience)", "CONTACT_FLOW"),
            Map.entry("Default outbound", "OUTBOUND_WHISPER"),
            Map.entry("Default customer queue", "CUSTOMER_QUEUE"),
            Map.entry("Default customer hold", "CUSTOMER_HOLD"),
            Map.entry("Default customer whisper", "CUSTOMER_WHISPER"),
            Map.entry("Default agent hold", "AGENT_HOLD"),
            Map.entry("Default agent whisper", "AGENT_WHISPER"),
            Map.entry("Default agent transfer", "AGENT_TRANSFER"),
            Map.entry("Default queue transfer", "QUEUE_TRANSFER"));

    /** A minimal valid flow language document: one disconnect action. */
    private static final String MINIMAL_CONTENT = "{\"Version\":\"2019-10-30\",\"StartAction\":\"disconnect\","
            + "\"Actions\":[{\"Identifier\":\"disconnect\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},"
            + "\"Transitions\":{}}]}";

    private DefaultFlows() {
    }

    static List<FlowRecord> create() {
        return FLOWS.stream().map(f -> new FlowRecord(Ids.newId(), f.getKey(), f.getValue(),
                f.getKey() + " flow created with the instance", MINIMAL_CONTENT, ContactFlowStatus.PUBLISHED))
                .toList();
    }
}
