package dev.connectconformance.simulator.statefile;

import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.FlowRecord;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import dev.connectconformance.simulator.state.ProfileRecord;
import dev.connectconformance.simulator.state.ReplicaRecord;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import dev.connectconformance.simulator.state.UserRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The document of one account, taken under the account's lock after settling the work due by {@code now}. */
final class StateCapture {

    private StateCapture() {
    }

    static AccountDocument account(AccountState account, Instant now) {
        return account.exclusively(now, () -> new AccountDocument(
                account.instances().values().stream().map(i -> instance(i, account.accountId())).toList(),
                account.trafficDistributionGroups().values().stream().map(g -> group(g, account.accountId()))
                        .toList(),
                account.phoneNumbers().values().stream().map(n -> number(n, account.accountId())).toList(),
                account.churn(),
                account.pendingWork().stream().map(PendingWorkMapping::toDocument).toList()));
    }

    private static InstanceDocument instance(InstanceRecord i, String accountId) {
        ReplicaRecord r = i.replica().orElse(null);
        ReplicaDocument replica = r == null ? null : new ReplicaDocument(r.region(),
                i.arnIn(r.region(), accountId), r.alias(), text(r.instanceStatus()), text(r.replicationStatus()),
                r.createdTime());
        List<FlowDocument> flows = i.flows().values().stream().map(f -> flow(f, i, accountId)).toList();
        return new InstanceDocument(i.id(), i.arnIn(i.sourceRegion(), accountId), i.alias(), i.sourceRegion(),
                text(i.status()), i.identityManagementType(), i.inboundCallsEnabled(), i.outboundCallsEnabled(),
                i.createdTime(), replica, flows, new LinkedHashMap<>(i.tags()),
                profiles(i.people().securityProfiles()), profiles(i.people().routingProfiles()),
                i.people().users().values().stream().map(StateCapture::user).toList());
    }

    private static List<ProfileDocument> profiles(Map<String, ProfileRecord> profiles) {
        return profiles.values().stream().map(p -> new ProfileDocument(p.id(), p.name())).toList();
    }

    private static UserDocument user(UserRecord u) {
        return new UserDocument(u.id(), u.username(), u.firstName(), u.lastName(), u.email(), u.phoneType(),
                u.deskPhoneNumber(), u.securityProfileIds(), u.routingProfileId(), u.lastModifiedRegion(),
                u.lastModifiedTime(), new LinkedHashMap<>(u.tags()));
    }

    private static FlowDocument flow(FlowRecord f, InstanceRecord i, String accountId) {
        Map<String, String> arns = new LinkedHashMap<>();
        arns.put(i.sourceRegion(), Arn.flow(i.sourceRegion(), accountId, i.id(), f.id()));
        i.replica().ifPresent(r -> arns.put(r.region(), Arn.flow(r.region(), accountId, i.id(), f.id())));
        return new FlowDocument(f.id(), f.name(), f.type(), text(f.status()), f.description(), arns, f.content(),
                new LinkedHashMap<>(f.tags()));
    }

    private static GroupDocument group(TrafficDistributionGroupRecord g, String accountId) {
        return new GroupDocument(g.id(), g.arn(accountId), g.name(), g.description(), g.instanceId(),
                g.homeRegion(), g.linkedRegion(), g.isDefault(), text(g.status()), g.createdTime(),
                new LinkedHashMap<>(g.telephonyDistribution()), new LinkedHashMap<>(g.signInDistribution()),
                new LinkedHashMap<>(g.agentDistribution()), new LinkedHashMap<>(g.tags()), List.copyOf(g.userIds()));
    }

    private static NumberDocument number(PhoneNumberRecord n, String accountId) {
        return new NumberDocument(n.id(), n.arn(accountId), n.phoneNumber(), n.countryCode(), n.type(),
                n.claimedRegion(), n.description(), n.targetArn(), n.slotTarget(), text(n.status()), n.message(),
                text(n.statusBefore()), n.messageBefore(), n.flowId(), new LinkedHashMap<>(n.tags()));
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
