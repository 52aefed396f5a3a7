package dev.connectconformance.suite.support;

import dev.connectconformance.account.AccountClients;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.suite.target.ScenarioAccount;
import dev.connectconformance.suite.target.Target;
import dev.connectconformance.suite.target.Targets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * The state of one scenario, injected into every step class by PicoContainer: the account it works in, the
 * resources it named, the outcome of its last request and what to undo afterwards.
 */
public final class ScenarioContext {

    private final Target target = Targets.current();
    private final Poller poller = new Poller(target);
    private final UndoActions undo = new UndoActions();
    private final Map<String, GroupRef> groups = new LinkedHashMap<>();
    private final Map<String, NumberRef> numbers = new LinkedHashMap<>();
    private final Map<String, String> instances = new LinkedHashMap<>();
    private final List<ScenarioAccount> otherAccounts = new ArrayList<>();
    private ScenarioAccount account;
    private Set<String> tags = Set.of();
    private Outcome last = Outcome.none();
    private Outcome previous = Outcome.none();

    public void begin(Collection<String> scenarioTags) {
        tags = Set.copyOf(scenarioTags);
        account = target.accountForScenario();
    }

    public Target target() {
        return target;
    }

    /** The simulator's admin API; a step that needs it belongs to a scenario tagged @simulator-only. */
    public SimulatorAdminClient simulatorAdmin() {
        return target.simulatorAdmin().orElseThrow(() -> new IllegalStateException(
                "this step needs the simulator's admin API; tag the scenario @simulator-only"));
    }

    public Poller poller() {
        return poller;
    }

    public UndoActions undo() {
        return undo;
    }

    public String sourceRegion() {
        return target.settings().sourceRegion();
    }

    public String replicaRegion() {
        return target.settings().replicaRegion();
    }

    public String accountId() {
        return account.accountId();
    }

    public ConnectClient in(String region) {
        return account.in(region);
    }

    /** The scenario's account as readiness reads it: Connect per region and Service Quotas. */
    public AccountClients accountClients() {
        return account.clients();
    }

    public ConnectClient source() {
        return in(sourceRegion());
    }

    public ConnectClient replica() {
        return in(replicaRegion());
    }

    /** Another account, for visibility checks (only the simulator can make one up). */
    public ScenarioAccount newOtherAccount() {
        ScenarioAccount other = target.accountForScenario();
        otherAccounts.add(other);
        return other;
    }

    public boolean isReadOnly() {
        return tags.contains("@readonly");
    }

    /** On a real account a read-only scenario looks up the configured resources instead of creating any. */
    public boolean usesConfiguredResources() {
        return isReadOnly() && target.configuredResources().isPresent();
    }

    // --- the resources the scenario named

    public void instance(String name, String instanceId) {
        instances.put(name, instanceId);
    }

    public Optional<String> instance(String name) {
        return Optional.ofNullable(instances.get(name));
    }

    public String instanceId() {
        return instance("main").orElseThrow(() -> new IllegalStateException("no instance yet in this scenario"));
    }

    public void group(GroupRef group) {
        groups.put(group.name(), group);
    }

    public GroupRef group(String name) {
        GroupRef group = groups.get(name);
        if (group == null) {
            throw new IllegalStateException("no traffic distribution group called '" + name + "' in this scenario");
        }
        return group;
    }

    public void number(NumberRef number) {
        numbers.put(number.name(), number);
    }

    public NumberRef number(String name) {
        NumberRef number = numbers.get(name);
        if (number == null) {
            throw new IllegalStateException("no number called '" + name + "' in this scenario");
        }
        return number;
    }

    public List<NumberRef> numbers() {
        return List.copyOf(numbers.values());
    }

    // --- requests and their outcomes

    /** Makes a request whose outcome a Then step judges: the answer or the service error is kept. */
    public <T> T attempt(String operation, Supplier<T> request) {
        previous = last;
        last = Outcome.of(operation, request);
        @SuppressWarnings("unchecked") // the answer of the request just made
        T response = (T) last.response();
        return response;
    }

    public Outcome lastOutcome() {
        if (last.operation() == null) {
            throw new IllegalStateException("no request was made in this scenario yet");
        }
        return last;
    }

    public Outcome previousOutcome() {
        return previous;
    }

    /** Closes what the scenario opened; returns the undo actions that failed. */
    public List<String> finish() {
        List<String> failures = target.needsRestore() ? undo.runAll() : List.of();
        otherAccounts.forEach(ScenarioAccount::close);
        if (account != null) {
            account.close();
        }
        return failures;
    }
}
