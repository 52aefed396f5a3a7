package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Map;

/**
 * The state file (docs/state-format.md): one versioned JSON document for a snapshot of a real account, the
 * simulator's admin export and import, and {@code --state}/{@code --state-file}. Accounts are keyed by account id.
 *
 * @param formatVersion always {@link #FORMAT_VERSION} when written; other versions are refused on load
 * @param source        where the document came from (informational), or null
 * @param now           the simulator clock when the document was taken; a load sets the clock to it
 * @param quotas        the phone-number quota, default and per target, or null to leave the quotas alone
 * @param coolingDown   released numbers out of the shared pool, with the time each is available again
 * @param accounts      each account's resources and pending work, by account id
 */
@JsonPropertyOrder({"formatVersion", "source", "now", "quotas", "coolingDown", "accounts"})
public record StateDocument(int formatVersion, SourceDocument source, Instant now, QuotasDocument quotas,
                            Map<String, Instant> coolingDown,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, AccountDocument> accounts) {

    public static final int FORMAT_VERSION = 1;

    public StateDocument {
        coolingDown = coolingDown == null ? Map.of() : coolingDown;
        accounts = accounts == null ? Map.of() : accounts;
    }
}
