package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the simulator's state as a state document, straight to a stream, account by account, each account held
 * only while its part is taken: no tree of the whole state is built and no account waits for the others. Limited
 * to one account, the document leaves out the shared cooldowns (they belong to no account).
 */
public final class StateExport {

    private StateExport() {
    }

    public static byte[] bytes(ConnectStore store, SimulatorClock clock, Optional<String> onlyAccount) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        write(store, clock, onlyAccount, out);
        return out.toByteArray();
    }

    /** The whole state as a document (for the Java API and the persister). */
    public static StateDocument document(ConnectStore store, SimulatorClock clock) {
        return StateFormat.read(bytes(store, clock, Optional.empty()));
    }

    public static void write(ConnectStore store, SimulatorClock clock, Optional<String> onlyAccount,
                             OutputStream out) {
        Instant now = clock.now();
        Map<String, AccountState> accounts = onlyAccount.map(id -> store.existingAccount(id)
                        .map(a -> Map.of(id, a)).orElse(Map.of()))
                .orElseGet(() -> new TreeMap<>(store.accounts()));
        try (JsonGenerator json = StateFormat.json().getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("formatVersion", StateDocument.FORMAT_VERSION);
            json.writeFieldName("source");
            StateFormat.json().writeValue(json, SourceDocument.simulator());
            json.writeStringField("now", now.toString());
            json.writeFieldName("quotas");
            StateFormat.json().writeValue(json, new QuotasDocument(store.quotas().defaultPhoneNumbersPerTarget(),
                    new TreeMap<>(store.quotas().overrides()), store.quotas().defaultInstancesPerRegion(),
                    new TreeMap<>(store.quotas().instanceOverrides())));
            if (onlyAccount.isEmpty()) {
                Map<String, Instant> cooling = store.inventory().coolingDown(now);
                if (!cooling.isEmpty()) {
                    json.writeFieldName("coolingDown");
                    StateFormat.json().writeValue(json, cooling);
                }
            }
            json.writeObjectFieldStart("accounts");
            for (AccountState account : accounts.values()) {
                json.writeFieldName(account.accountId());
                StateFormat.json().writeValue(json, StateCapture.account(account, now));
                json.flush();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the state failed", e);
        }
    }

    /** Whether an account filter names an account at all (12 digits). */
    public static boolean isAccountId(String text) {
        return text != null && text.matches("\\d{12}");
    }
}
