package dev.connectconformance.simulator.admin;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.connectconformance.simulator.admin.contract.Message;
import dev.connectconformance.simulator.admin.contract.StateLoaded;
import dev.connectconformance.simulator.realism.PropagationDelay;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.statefile.StateDocument;
import dev.connectconformance.simulator.statefile.StateExport;
import dev.connectconformance.simulator.statefile.StateFileException;
import dev.connectconformance.simulator.statefile.StateFormat;
import dev.connectconformance.simulator.statefile.StateImport;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.util.List;
import java.util.Optional;

/** {@code /state}: the state as a state document (docs/state-format.md), out and in. */
final class StateTransfer {

    private final ConnectStore store;
    private final SimulatorClock clock;
    private final PropagationDelay propagation;

    StateTransfer(ConnectStore store, SimulatorClock clock, PropagationDelay propagation) {
        this.store = store;
        this.clock = clock;
        this.propagation = propagation;
    }

    /** The state of every account, or with {@code ?account=ID} of that one account (never created by asking). */
    ResponseDefinition export(ServeEvent event) {
        QueryParameter account = event.getRequest().queryParameter("account");
        Optional<String> only = account.isPresent() ? Optional.of(account.firstValue()) : Optional.empty();
        if (only.isPresent() && !StateExport.isAccountId(only.get())) {
            return AdminAnswers.json(400, Message.of("'account' must be a 12-digit account id"));
        }
        return AdminAnswers.jsonBytes(StateExport.bytes(store, clock, only));
    }

    /**
     * Loads a state document: its accounts replace the simulator's accounts of the same id. A document that does
     * not fit the format or does not validate answers 400 in the AWS error shape, naming the field, and changes
     * nothing. Answers the accounts now loaded.
     */
    ResponseDefinition load(ServeEvent event) {
        try {
            StateDocument document = StateFormat.read(event.getRequest().getBody());
            StateImport.load(store, clock, document);
            // an imported account is the state reads see at once: copies of the accounts it replaced would lie
            propagation.clear();
            return AdminAnswers.json(200, new StateLoaded(List.copyOf(document.accounts().keySet()), clock.now()));
        } catch (StateFileException e) {
            return AdminAnswers.awsShaped400(e.getMessage());
        }
    }
}
