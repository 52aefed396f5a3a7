package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * A contact flow of an instance. A replicated instance's flow has the same id in both regions.
 *
 * @param arns    the flow's ARN by region (source, and replica when there is one); checked on load
 * @param content the flow language document, or null when a snapshot did not read it
 */
@JsonPropertyOrder({"id", "name", "type", "status", "description", "arns", "content", "tags"})
public record FlowDocument(String id, String name, String type, String status, String description,
                           Map<String, String> arns, String content, Map<String, String> tags) {

    public FlowDocument {
        arns = arns == null ? Map.of() : arns;
        tags = tags == null ? Map.of() : tags;
    }
}
