package dev.connectconformance.simulator.statefile;

import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.ConnectStore;
import dev.connectconformance.simulator.state.DefaultProfiles;
import dev.connectconformance.simulator.state.FlowRecord;
import dev.connectconformance.simulator.state.InstancePeople;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import dev.connectconformance.simulator.state.ProfileRecord;
import dev.connectconformance.simulator.state.ReplicaRecord;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import dev.connectconformance.simulator.state.UserRecord;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.connect.model.ContactFlowStatus;
import software.amazon.awssdk.services.connect.model.InstanceReplicationStatus;
import software.amazon.awssdk.services.connect.model.InstanceStatus;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupStatus;

/**
 * Loads a state document into a simulator: validated first, then built aside, then swapped in with no request in
 * flight. The accounts the document holds replace the simulator's accounts of the same id (others stay); its
 * clock and quotas, when present, become the simulator's. A document that does not validate changes nothing.
 */
public final class StateImport {

    private StateImport() {
    }

    public static void load(ConnectStore store, SimulatorClock clock, StateDocument document) {
        StateValidation.check(document);
        Map<String, AccountState> incoming = new LinkedHashMap<>();
        document.accounts().forEach((id, account) -> incoming.put(id, account(store.newDetachedAccount(id),
                account)));
        try {
            store.replaceAccounts(incoming, document.coolingDown(), () -> {
                if (document.now() != null) {
                    clock.setTo(document.now());
                }
                if (document.quotas() != null) {
                    store.quotas().replace(document.quotas().phoneNumbersPerTarget(), document.quotas().overrides());
                    store.quotas().replaceInstances(document.quotas().instancesPerRegion(),
                            document.quotas().instanceOverrides());
                }
            });
        } catch (StateFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new StateFileException(e.getMessage(), e);
        }
    }

    static AccountState account(AccountState account, AccountDocument document) {
        for (InstanceDocument i : document.instances()) {
            account.instances().put(i.id(), instance(i));
        }
        for (GroupDocument g : document.trafficDistributionGroups()) {
            account.trafficDistributionGroups().put(g.id(), group(g));
        }
        for (NumberDocument n : document.phoneNumbers()) {
            PhoneNumberRecord number = new PhoneNumberRecord(n.id(), n.phoneNumber(), n.countryCode(), n.type(),
                    n.claimedRegion(), n.description());
            number.restoreStatus(PhoneNumberWorkflowStatus.fromValue(n.status()), n.message(),
                    n.statusBefore() == null ? null : PhoneNumberWorkflowStatus.fromValue(n.statusBefore()),
                    n.messageBefore());
            number.flowId(n.flowId());
            number.tags().putAll(n.tags());
            account.addPhoneNumber(number, n.targetArn(), n.quotaTargetArn());
        }
        document.churn().forEach((target, times) -> {
            for (Instant at : times == null ? List.<Instant>of() : times) {
                account.recordChurn(target, at);
            }
        });
        document.pendingWork().stream().map(PendingWorkMapping::toEffect).forEach(account::schedule);
        return account;
    }

    private static InstanceRecord instance(InstanceDocument i) {
        InstanceRecord instance = new InstanceRecord(i.id(), i.alias(), i.sourceRegion(),
                i.identityManagementType(), i.inboundCallsEnabled(), i.outboundCallsEnabled(), i.createdTime());
        instance.restoreStatus(InstanceStatus.fromValue(i.status()));
        if (i.replica() != null) {
            ReplicaDocument r = i.replica();
            ReplicaRecord replica = new ReplicaRecord(r.region(), r.alias(), r.createdTime());
            replica.restoreStatus(InstanceStatus.fromValue(r.status()),
                    InstanceReplicationStatus.fromValue(r.replicationStatus()));
            instance.replica(replica);
        }
        for (FlowDocument f : i.flows()) {
            FlowRecord flow = new FlowRecord(f.id(), f.name(), f.type(), f.description(), f.content(),
                    ContactFlowStatus.fromValue(f.status()));
            flow.tags().putAll(f.tags());
            instance.flows().put(flow.id(), flow);
        }
        instance.tags().putAll(i.tags());
        people(instance.people(), i);
        return instance;
    }

    /** Profiles as recorded, or a new instance's defaults when the file predates them. */
    private static void people(InstancePeople people, InstanceDocument i) {
        if (i.securityProfiles() == null && i.routingProfiles() == null) {
            DefaultProfiles.addTo(people);
        }
        listed(i.securityProfiles()).forEach(p -> people.securityProfiles().put(p.id(),
                new ProfileRecord(p.id(), p.name())));
        listed(i.routingProfiles()).forEach(p -> people.routingProfiles().put(p.id(),
                new ProfileRecord(p.id(), p.name())));
        for (UserDocument u : i.users()) {
            UserRecord user = new UserRecord(u.id(), u.username(), u.firstName(), u.lastName(), u.email(),
                    u.phoneType() == null ? "SOFT_PHONE" : u.phoneType(), u.deskPhoneNumber(),
                    u.securityProfileIds(), u.routingProfileId(), u.lastModifiedRegion(), u.lastModifiedTime());
            user.tags().putAll(u.tags());
            people.users().put(user.id(), user);
        }
    }

    private static <T> List<T> listed(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static TrafficDistributionGroupRecord group(GroupDocument g) {
        TrafficDistributionGroupRecord group = new TrafficDistributionGroupRecord(g.id(), g.name(), g.description(),
                g.instanceId(), g.homeRegion(), g.linkedRegion(), g.isDefault(), g.createdTime());
        group.restoreStatus(TrafficDistributionGroupStatus.fromValue(g.status()));
        replaceIfGiven(group.telephonyDistribution(), g.telephonyDistribution());
        replaceIfGiven(group.signInDistribution(), g.signInDistribution());
        replaceIfGiven(group.agentDistribution(), g.agentDistribution());
        group.tags().putAll(g.tags());
        group.userIds().addAll(g.userIds());
        return group;
    }

    private static <V> void replaceIfGiven(Map<String, V> current, Map<String, V> given) {
        if (!given.isEmpty()) {
            current.clear();
            current.putAll(given);
        }
    }
}
