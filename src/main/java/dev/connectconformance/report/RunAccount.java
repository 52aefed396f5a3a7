package dev.connectconformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Whose account a run's scenarios worked in, as run.json records it: one account ({@code "account": "<id>"}, a
 * real account), a fresh one per scenario ({@code "account": null, "accounts": "per-scenario"}, the embedded
 * simulator), or unknown (neither, as in a run that never reached a scenario). Older run.json files have only
 * {@code "account"} and read as before. Only the account number is ever written, never a credential.
 */
public record RunAccount(Optional<String> id, boolean perScenario) {

    static final String PER_SCENARIO = "per-scenario";

    public static RunAccount of(String id) {
        return new RunAccount(Optional.of(id), false);
    }

    public static RunAccount perScenarioAccounts() {
        return new RunAccount(Optional.empty(), true);
    }

    public static RunAccount unknown() {
        return new RunAccount(Optional.empty(), false);
    }

    static RunAccount read(JsonNode runJson) {
        if (PER_SCENARIO.equals(runJson.path("accounts").asText())) {
            return perScenarioAccounts();
        }
        JsonNode id = runJson.path("account");
        return id.isValueNode() && !id.isNull() && !id.asText().isBlank() ? of(id.asText()) : unknown();
    }

    public void writeTo(ObjectNode runJson) {
        runJson.put("account", id.orElse(null));
        if (perScenario) {
            runJson.put("accounts", PER_SCENARIO);
        }
    }

    /** As the page shows it: masked but for its last four digits unless shown in full. */
    public String displayed(boolean showInFull) {
        if (perScenario) {
            return "a fresh one per scenario";
        }
        return id.map(a -> showInFull ? a : AccountMask.mask(a)).orElse("unknown");
    }
}
