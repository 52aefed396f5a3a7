package dev.connectconformance.simulator.state;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.connect.model.ContactFlowStatus;

/** A contact flow of an instance; replicated instances share it under the same id in both regions. */
public final class FlowRecord {

    private final String id;
    private final String name;
    private final String type;
    private final String description;
    private final String content;
    private final ContactFlowStatus status;
    private final Map<String, String> tags = new LinkedHashMap<>();

    public FlowRecord(String id, String name, String type, String description, String content,
                      ContactFlowStatus status) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.description = description;
        this.content = content;
        this.status = status;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public String description() {
        return description;
    }

    public String content() {
        return content;
    }

    /** The status as the API shows it. */
    public ContactFlowStatus status() {
        return status;
    }

    public Map<String, String> tags() {
        return tags;
    }
}
