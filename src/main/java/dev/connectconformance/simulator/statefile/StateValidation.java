package dev.connectconformance.simulator.statefile;

import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.PendingEffect;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.connect.model.ContactFlowStatus;
import software.amazon.awssdk.services.connect.model.InstanceReplicationStatus;
import software.amazon.awssdk.services.connect.model.InstanceStatus;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupStatus;

/**
 * Checks a parsed document before anything is loaded: the version, required fields and known statuses, ids and
 * numbers owned once, ARNs that agree with the ids they carry, numbers on targets and flows that exist, users on
 * profiles of their instance and on one group at most, pending
 * work on resources that exist. The first problem found is thrown, named by its JSON path.
 */
final class StateValidation {

    private StateValidation() {
    }

    static void check(StateDocument document) {
        if (document.formatVersion() != StateDocument.FORMAT_VERSION) {
            throw problem("formatVersion", "version " + document.formatVersion() + " is not supported; this "
                    + "simulator reads formatVersion " + StateDocument.FORMAT_VERSION);
        }
        if (document.quotas() != null) {
            nonNegative("quotas.phoneNumbersPerTarget", document.quotas().phoneNumbersPerTarget());
            document.quotas().overrides().forEach((arn, limit) -> {
                if (limit == null || limit < 0) {
                    throw problem("quotas.overrides." + arn, "must be a whole number, at least 0");
                }
            });
            nonNegative("quotas.instancesPerRegion", document.quotas().instancesPerRegion());
            document.quotas().instanceOverrides().forEach((accountId, limit) -> {
                if (!StateExport.isAccountId(accountId)) {
                    throw problem("quotas.instanceOverrides." + accountId, "an account id has 12 digits");
                }
                if (limit == null || limit < 0) {
                    throw problem("quotas.instanceOverrides." + accountId, "must be a whole number, at least 0");
                }
            });
        }
        Map<String, String> numberOwners = new HashMap<>();
        document.accounts().forEach((accountId, account) -> {
            String at = "accounts." + accountId;
            if (!StateExport.isAccountId(accountId)) {
                throw problem(at, "an account id has 12 digits");
            }
            if (account == null) {
                throw problem(at, "is null");
            }
            checkAccount(at, accountId, account, numberOwners);
        });
        document.coolingDown().forEach((number, until) -> {
            if (until == null) {
                throw problem("coolingDown." + number, "needs the time the number is available again");
            }
            if (numberOwners.containsKey(number)) {
                throw problem("coolingDown." + number, "the number is also claimed, at " + numberOwners.get(number));
            }
        });
    }

    private static void checkAccount(String at, String accountId, AccountDocument account,
                                     Map<String, String> numberOwners) {
        Map<String, InstanceDocument> instances = unique(at + ".instances", account.instances(),
                InstanceDocument::id);
        for (int i = 0; i < account.instances().size(); i++) {
            checkInstance(at + ".instances[" + i + "]", accountId, account.instances().get(i));
        }
        Map<String, GroupDocument> groups = unique(at + ".trafficDistributionGroups",
                account.trafficDistributionGroups(), GroupDocument::id);
        Map<String, String> instanceOfTarget = new HashMap<>();
        Map<String, String> groupOfUser = new HashMap<>();
        instances.values().forEach(inst -> instanceOfTarget.put(Arn.instance(inst.sourceRegion(), accountId,
                inst.id()), inst.id()));
        for (int i = 0; i < account.trafficDistributionGroups().size(); i++) {
            GroupDocument g = account.trafficDistributionGroups().get(i);
            String field = at + ".trafficDistributionGroups[" + i + "]";
            required(field + ".name", g.name());
            required(field + ".homeRegion", g.homeRegion());
            required(field + ".linkedRegion", g.linkedRegion());
            required(field + ".createdTime", g.createdTime());
            status(field + ".status", g.status(), TrafficDistributionGroupStatus::fromValue);
            InstanceDocument instance = instances.get(g.instanceId());
            if (instance == null) {
                throw problem(field + ".instanceId", "'" + g.instanceId() + "' is no instance of the account");
            }
            if (!g.homeRegion().equals(instance.sourceRegion())) {
                throw problem(field + ".homeRegion", "must be the instance's source region "
                        + instance.sourceRegion());
            }
            arnMatches(field + ".arn", g.arn(), Arn.trafficDistributionGroup(g.homeRegion(), accountId, g.id()));
            checkGroupUsers(field, g, instance, groupOfUser);
            instanceOfTarget.put(Arn.trafficDistributionGroup(g.homeRegion(), accountId, g.id()), g.instanceId());
        }
        Map<String, NumberDocument> numbers = unique(at + ".phoneNumbers", account.phoneNumbers(),
                NumberDocument::id);
        for (int i = 0; i < account.phoneNumbers().size(); i++) {
            String field = at + ".phoneNumbers[" + i + "]";
            NumberDocument n = account.phoneNumbers().get(i);
            required(field + ".phoneNumber", n.phoneNumber());
            if (!n.phoneNumber().matches("\\+\\d{6,15}")) {
                throw problem(field + ".phoneNumber", "'" + n.phoneNumber() + "' is not an E.164 number");
            }
            String earlier = numberOwners.putIfAbsent(n.phoneNumber(), field);
            if (earlier != null) {
                throw problem(field + ".phoneNumber", n.phoneNumber() + " is owned twice: also by " + earlier);
            }
            required(field + ".claimedRegion", n.claimedRegion());
            status(field + ".status", n.status(), PhoneNumberWorkflowStatus::fromValue);
            if (n.statusBefore() != null) {
                status(field + ".statusBefore", n.statusBefore(), PhoneNumberWorkflowStatus::fromValue);
            }
            arnMatches(field + ".arn", n.arn(), Arn.phoneNumber(n.claimedRegion(), accountId, n.id()));
            required(field + ".targetArn", n.targetArn());
            String instanceId = target(field + ".targetArn", n.targetArn(), instanceOfTarget);
            if (n.quotaTargetArn() != null) {
                target(field + ".quotaTargetArn", n.quotaTargetArn(), instanceOfTarget);
            }
            if (n.flowId() != null && !instances.get(instanceId).flows().stream()
                    .anyMatch(f -> n.flowId().equals(f.id()))) {
                throw problem(field + ".flowId", "flow '" + n.flowId() + "' is no flow of instance " + instanceId
                        + ", the instance of the number's target");
            }
        }
        for (int i = 0; i < account.pendingWork().size(); i++) {
            PendingWorkDocument work = account.pendingWork().get(i);
            String field = at + ".pendingWork[" + i + "]";
            if (work == null) {
                throw problem(field, "is null");
            }
            PendingEffect effect = PendingWorkMapping.toEffect(work);
            Set<String> ids = switch (effect.resource()) {
                case PHONE_NUMBER -> numbers.keySet();
                case INSTANCE -> instances.keySet();
                case TRAFFIC_DISTRIBUTION_GROUP -> groups.keySet();
            };
            if (!ids.contains(effect.resourceId())) {
                throw problem(field + ".resourceId", "'" + effect.resourceId() + "' is no "
                        + effect.resource().name().toLowerCase().replace('_', ' ') + " of the account");
            }
            if (effect instanceof PendingEffect.FailedClaimExpires
                    && numbers.get(effect.resourceId()).quotaTargetArn() != null) {
                throw problem(field + ".resourceId", "'" + effect.resourceId() + "' counts against a quota: only "
                        + "a failed claim (no quotaTargetArn) expires");
            }
        }
    }

    private static void checkInstance(String field, String accountId, InstanceDocument instance) {
        required(field + ".sourceRegion", instance.sourceRegion());
        required(field + ".identityManagementType", instance.identityManagementType());
        required(field + ".createdTime", instance.createdTime());
        status(field + ".status", instance.status(), InstanceStatus::fromValue);
        arnMatches(field + ".arn", instance.arn(), Arn.instance(instance.sourceRegion(), accountId, instance.id()));
        if (instance.replica() != null) {
            ReplicaDocument r = instance.replica();
            required(field + ".replica.region", r.region());
            required(field + ".replica.alias", r.alias());
            required(field + ".replica.createdTime", r.createdTime());
            status(field + ".replica.status", r.status(), InstanceStatus::fromValue);
            status(field + ".replica.replicationStatus", r.replicationStatus(), InstanceReplicationStatus::fromValue);
            arnMatches(field + ".replica.arn", r.arn(), Arn.instance(r.region(), accountId, instance.id()));
        }
        unique(field + ".flows", instance.flows(), FlowDocument::id);
        for (int i = 0; i < instance.flows().size(); i++) {
            FlowDocument flow = instance.flows().get(i);
            String at = field + ".flows[" + i + "]";
            required(at + ".name", flow.name());
            required(at + ".type", flow.type());
            status(at + ".status", flow.status(), ContactFlowStatus::fromValue);
            flow.arns().forEach((region, arn) -> arnMatches(at + ".arns." + region, arn,
                    Arn.flow(region, accountId, instance.id(), flow.id())));
        }
        checkPeople(field, instance);
    }

    /** Profiles with ids and names; users with a unique id and Username, on profiles of their instance. */
    private static void checkPeople(String field, InstanceDocument instance) {
        Set<String> security = profiles(field + ".securityProfiles", instance.securityProfiles());
        Set<String> routing = profiles(field + ".routingProfiles", instance.routingProfiles());
        unique(field + ".users", instance.users(), UserDocument::id);
        Set<String> usernames = new HashSet<>();
        for (int i = 0; i < instance.users().size(); i++) {
            UserDocument user = instance.users().get(i);
            String at = field + ".users[" + i + "]";
            required(at + ".username", user.username());
            if (!usernames.add(user.username())) {
                throw problem(at + ".username", "'" + user.username() + "' is used by two users of the instance");
            }
            required(at + ".lastModifiedRegion", user.lastModifiedRegion());
            if (user.securityProfileIds().isEmpty()) {
                throw problem(at + ".securityProfileIds", "a user needs at least one security profile");
            }
            for (String id : user.securityProfileIds()) {
                if (!security.contains(id)) {
                    throw problem(at + ".securityProfileIds", "'" + id + "' is no security profile of the instance"
                            + " (users need the instance's securityProfiles in the file)");
                }
            }
            if (!routing.contains(user.routingProfileId())) {
                throw problem(at + ".routingProfileId", "'" + user.routingProfileId() + "' is no routing profile "
                        + "of the instance (users need the instance's routingProfiles in the file)");
            }
        }
    }

    private static Set<String> profiles(String field, List<ProfileDocument> profiles) {
        if (profiles == null) {
            return Set.of();
        }
        Set<String> ids = unique(field, profiles, ProfileDocument::id).keySet();
        for (int i = 0; i < profiles.size(); i++) {
            required(field + "[" + i + "].name", profiles.get(i).name());
        }
        return ids;
    }

    /** A group's users are users of its instance, each on one group at most. */
    private static void checkGroupUsers(String field, GroupDocument group, InstanceDocument instance,
                                        Map<String, String> groupOfUser) {
        Set<String> users = new HashSet<>();
        instance.users().forEach(u -> users.add(u.id()));
        for (int i = 0; i < group.userIds().size(); i++) {
            String userId = group.userIds().get(i);
            String at = field + ".userIds[" + i + "]";
            if (!users.contains(userId)) {
                throw problem(at, "'" + userId + "' is no user of instance " + instance.id());
            }
            String earlier = groupOfUser.putIfAbsent(userId, field);
            if (earlier != null) {
                throw problem(at, "user '" + userId + "' is associated twice: also at " + earlier);
            }
        }
    }

    /** The instance id behind a target ARN of the document; a problem when it names none. */
    private static String target(String field, String arn, Map<String, String> instanceOfTarget) {
        String instanceId = instanceOfTarget.get(arn);
        if (instanceId == null) {
            throw problem(field, "'" + arn + "' is no instance (in its source region) or traffic distribution "
                    + "group of the account");
        }
        return instanceId;
    }

    private static <T> Map<String, T> unique(String field, List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                throw problem(field + "[" + i + "]", "is null");
            }
            String key = id.apply(item);
            required(field + "[" + i + "].id", key);
            if (!seen.add(key)) {
                throw problem(field + "[" + i + "].id", "'" + key + "' appears twice");
            }
            byId.put(key, item);
        }
        return byId;
    }

    private static void arnMatches(String field, String given, String expected) {
        if (given != null && !given.equals(expected)) {
            throw problem(field, "'" + given + "' does not agree with the id, region and account: expected "
                    + expected);
        }
    }

    private static <E extends Enum<E>> void status(String field, String text, Function<String, E> parse) {
        required(field, text);
        if (parse.apply(text).name().equals("UNKNOWN_TO_SDK_VERSION")) {
            throw problem(field, "'" + text + "' is not a known status");
        }
    }

    private static void required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw problem(field, "is required");
        }
    }

    private static void nonNegative(String field, int value) {
        if (value < 0) {
            throw problem(field, "cannot be negative");
        }
    }

    static StateFileException problem(String field, String what) {
        return new StateFileException(field + ": " + what);
    }
}
