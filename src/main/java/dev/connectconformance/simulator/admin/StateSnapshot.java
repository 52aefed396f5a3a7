package dev.connectconformance.simulator.admin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.state.FlowRecord;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A JSON picture of the simulated state, for the admin API: what a tester inspects when a run surprises. It is
 * written straight to a stream, account by account, each account held only while it is written: no tree of the
 * whole state is built, and no account waits for the others. It can be limited to one account.
 */
public final class StateSnapshot {

    private static final JsonFactory JSON = new JsonFactory();

    private StateSnapshot() {
    }

    /** The picture as bytes, of every account or of {@code onlyAccount} (which is never created by asking). */
    public static byte[] bytes(ConnectStore store, Instant now, Optional<String> onlyAccount) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        write(store, now, onlyAccount, out);
        return out.toByteArray();
    }

    public static void write(ConnectStore store, Instant now, Optional<String> onlyAccount, OutputStream out) {
        Map<String, AccountState> accounts = onlyAccount.map(id -> store.existingAccount(id)
                        .map(a -> Map.of(id, a)).orElse(Map.of()))
                .orElseGet(() -> new TreeMap<>(store.accounts()));
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("now", now.toString());
            json.writeObjectFieldStart("quotas");
            json.writeNumberField("phoneNumbersPerTarget", store.quotas().defaultPhoneNumbersPerTarget());
            stringMap(json, "overrides", new TreeMap<>(store.quotas().overrides()));
            json.writeEndObject();
            json.writeObjectFieldStart("accounts");
            for (AccountState account : accounts.values()) {
                json.writeFieldName(account.accountId());
                account.exclusively(now, () -> {
                    writeAccount(json, account);
                    return null;
                });
                json.flush();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the state failed", e);
        }
    }

    private static void writeAccount(JsonGenerator json, AccountState account) {
        try {
            json.writeStartObject();
            json.writeArrayFieldStart("instances");
            for (InstanceRecord instance : account.instances().values()) {
                instance(json, instance);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("trafficDistributionGroups");
            for (TrafficDistributionGroupRecord group : account.trafficDistributionGroups().values()) {
                group(json, group, account.accountId());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("phoneNumbers");
            for (PhoneNumberRecord number : account.phoneNumbers().values()) {
                number(json, number, account.accountId());
            }
            json.writeEndArray();
            json.writeNumberField("pendingWork", account.pendingWorkCount());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the state failed", e);
        }
    }

    private static void instance(JsonGenerator json, InstanceRecord i) throws IOException {
        json.writeStartObject();
        fields(json, "id", i.id(), "alias", i.alias(), "sourceRegion", i.sourceRegion(), "status", i.status());
        if (i.replica().isPresent()) {
            json.writeObjectFieldStart("replica");
            fields(json, "region", i.replica().get().region(), "alias", i.replica().get().alias(),
                    "status", i.replica().get().instanceStatus(),
                    "replicationStatus", i.replica().get().replicationStatus());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("flows");
        for (FlowRecord f : i.flows().values()) {
            json.writeStartObject();
            fields(json, "id", f.id(), "name", f.name(), "type", f.type());
            json.writeEndObject();
        }
        json.writeEndArray();
        stringMap(json, "tags", i.tags());
        json.writeEndObject();
    }

    private static void group(JsonGenerator json, TrafficDistributionGroupRecord t, String accountId)
            throws IOException {
        json.writeStartObject();
        fields(json, "id", t.id(), "arn", t.arn(accountId), "name", t.name(), "instanceId", t.instanceId(),
                "homeRegion", t.homeRegion(), "linkedRegion", t.linkedRegion(), "status", t.status());
        json.writeBooleanField("isDefault", t.isDefault());
        json.writeObjectFieldStart("telephonyDistribution");
        for (Map.Entry<String, Integer> share : t.telephonyDistribution().entrySet()) {
            json.writeNumberField(share.getKey(), share.getValue());
        }
        json.writeEndObject();
        stringMap(json, "tags", t.tags());
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, PhoneNumberRecord n, String accountId) throws IOException {
        json.writeStartObject();
        fields(json, "id", n.id(), "arn", n.arn(accountId), "phoneNumber", n.phoneNumber(),
                "claimedRegion", n.claimedRegion(), "targetArn", n.targetArn(), "quotaTarget", n.slotTarget(),
                "status", n.status(), "message", n.message(), "flowId", n.flowId(), "description", n.description());
        stringMap(json, "tags", n.tags());
        json.writeEndObject();
    }

    /** Name-value pairs as string fields; a null value is written as JSON null. */
    private static void fields(JsonGenerator json, Object... pairs) throws IOException {
        for (int i = 0; i < pairs.length; i += 2) {
            json.writeStringField((String) pairs[i], pairs[i + 1] == null ? null : pairs[i + 1].toString());
        }
    }

    /** A map of strings (or numbers) as an object, left out when empty. */
    private static void stringMap(JsonGenerator json, String name, Map<String, ?> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            if (entry.getValue() instanceof Number number) {
                json.writeNumberField(entry.getKey(), number.intValue());
            } else {
                json.writeStringField(entry.getKey(), String.valueOf(entry.getValue()));
            }
        }
        json.writeEndObject();
    }

    /** Whether an account filter names an account at all (12 digits). */
    static boolean isAccountId(String text) {
        return text != null && text.length() == 12 && text.chars().allMatch(Character::isDigit);
    }
}
