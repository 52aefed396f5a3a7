package dev.connectconformance.simulator.operations;

import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.FlowRecord;
import dev.connectconformance.simulator.state.Ids;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import dev.connectconformance.simulator.state.ProfileRecord;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;
import dev.connectconformance.simulator.state.UserRecord;
import java.util.Map;
import java.util.Optional;

/**
 * One lookup per resource kind, so every "not found" reads the same and the cross-region and ownership rules
 * live in one place: a resource of another account, or one not visible in the region called, does not exist.
 */
public final class Resources {

    private Resources() {
    }

    /** A reference to a resource: either a bare id or an ARN of this service. */
    private record Reference(String id, Optional<Arn> arn) {
    }

    private static Reference reference(String field, String idOrArn, String resourceType) {
        if (Arn.looksLikeArn(idOrArn)) {
            Arn arn = validArn(field, idOrArn);
            String expected = resourceType + "/";
            if (!arn.resource().startsWith(expected) || !Ids.isUuid(arn.resourceId())) {
                throw ConnectError.invalidParameter(field + " '" + shorten(idOrArn) + "' is not a "
                        + resourceType + " ARN");
            }
            return new Reference(arn.resourceId(), Optional.of(arn));
        }
        if (!Ids.isUuid(idOrArn)) {
            throw neitherIdNorArn(field, idOrArn);
        }
        return new Reference(idOrArn, Optional.empty());
    }

    private static Arn validArn(String field, String text) {
        return Arn.parse(text).orElseThrow(() -> ConnectError.invalidParameter(
                field + " '" + shorten(text) + "' is not a valid Amazon Connect ARN"));
    }

    private static ConnectError neitherIdNorArn(String field, String text) {
        return ConnectError.invalidParameter(field + " '" + shorten(text) + "' is neither an id (UUID) nor an ARN");
    }

    /**
     * An instance by id or ARN, as seen from the region called: its source region, or its replica region
     * once replication started. An ARN must name the caller's account and the region called.
     */
    public static InstanceRecord instance(OperationContext context, String idOrArn) {
        Reference ref = reference("InstanceId", idOrArn, "instance");
        InstanceRecord instance = context.account().instances().get(ref.id());
        boolean arnMatches = ref.arn().map(a -> a.accountId().equals(context.accountId())
                && a.region().equals(context.region()) && a.resource().equals("instance/" + ref.id())).orElse(true);
        if (instance == null || !arnMatches || !instance.isVisibleIn(context.region())) {
            throw ConnectError.resourceNotFound("Instance not found: " + shorten(idOrArn));
        }
        return instance;
    }

    /**
     * A traffic distribution group: by id or ARN in its home region; from its linked (replica) region only by
     * full ARN. Groups of other accounts never resolve.
     */
    public static TrafficDistributionGroupRecord trafficDistributionGroup(OperationContext context, String idOrArn) {
        Reference ref = reference("TrafficDistributionGroupId", idOrArn, "traffic-distribution-group");
        TrafficDistributionGroupRecord group = context.account().trafficDistributionGroups().get(ref.id());
        String notFound = "Traffic distribution group not found: " + shorten(idOrArn);
        if (group == null || ref.arn().map(a -> !a.accountId().equals(context.accountId())
                || !a.region().equals(group.homeRegion())).orElse(false)) {
            throw ConnectError.resourceNotFound(notFound);
        }
        boolean home = group.homeRegion().equals(context.region());
        boolean linkedByArn = group.linkedRegion().equals(context.region()) && ref.arn().isPresent();
        if (!home && !linkedByArn) {
            throw ConnectError.resourceNotFound(notFound
                    + (group.linkedRegion().equals(context.region())
                    ? " (outside its home region " + group.homeRegion() + " use its full ARN)" : ""));
        }
        return group;
    }

    /**
     * A claimed phone number: by id or ARN in the region it was claimed in; when it is on a traffic
     * distribution group, also by full ARN from the group's linked region.
     */
    public static PhoneNumberRecord phoneNumber(OperationContext context, String idOrArn) {
        Reference ref = reference("PhoneNumberId", idOrArn, "phone-number");
        PhoneNumberRecord number = context.account().phoneNumber(ref.id()).orElse(null);
        String notFound = "Phone number not found: " + shorten(idOrArn);
        if (number == null || ref.arn().map(a -> !a.accountId().equals(context.accountId())
                || !a.region().equals(number.claimedRegion())).orElse(false)) {
            throw ConnectError.resourceNotFound(notFound);
        }
        if (number.claimedRegion().equals(context.region())) {
            return number;
        }
        boolean fromLinkedRegion = isCalledFromLinkedRegion(context, number);
        if (fromLinkedRegion && ref.arn().isPresent()) {
            return number;
        }
        throw ConnectError.resourceNotFound(notFound + (fromLinkedRegion
                ? " (outside the region it was claimed in, " + number.claimedRegion() + ", use its full ARN)" : ""));
    }

    /**
     * True when a listing in the region called shows the number: where it was claimed, and from the linked region
     * of the traffic distribution group it is on.
     */
    public static boolean isVisible(OperationContext context, PhoneNumberRecord number) {
        return number.claimedRegion().equals(context.region()) || isCalledFromLinkedRegion(context, number);
    }

    /** True when the number is on a traffic distribution group whose linked (replica) region is the one called. */
    private static boolean isCalledFromLinkedRegion(OperationContext context, PhoneNumberRecord number) {
        return Arn.parse(number.targetArn()).flatMap(target -> groupOfTarget(context.account(), target))
                .map(TrafficDistributionGroupRecord::linkedRegion).filter(context.region()::equals).isPresent();
    }

    /**
     * The traffic distribution group a target ARN held in the state names, if it names one. That ARN was
     * resolved with the caller's rules when it was stored, so none apply again here.
     */
    public static Optional<TrafficDistributionGroupRecord> groupOfTarget(AccountState account, Arn target) {
        return Optional.of(target).filter(a -> a.resourceType().equals("traffic-distribution-group"))
                .map(a -> account.trafficDistributionGroups().get(a.resourceId()));
    }

    /** A flow of an instance by id or ARN (an ARN must name this instance and the region called). */
    public static FlowRecord flow(OperationContext context, InstanceRecord instance, String field, String idOrArn) {
        String id = idOrArn;
        if (Arn.looksLikeArn(idOrArn)) {
            Arn arn = validArn(field, idOrArn);
            if (!arn.accountId().equals(context.accountId()) || !arn.region().equals(context.region())
                    || !arn.resource().equals("instance/" + instance.id() + "/contact-flow/" + arn.resourceId())) {
                throw ConnectError.resourceNotFound("Contact flow not found: " + shorten(idOrArn));
            }
            id = arn.resourceId();
        } else if (!Ids.isUuid(idOrArn)) {
            throw neitherIdNorArn(field, idOrArn);
        }
        FlowRecord flow = instance.flows().get(id);
        if (flow == null) {
            throw ConnectError.resourceNotFound("Contact flow not found: " + shorten(idOrArn));
        }
        return flow;
    }

    /**
     * A user of an instance by id or ARN (instance/&lt;id&gt;/agent/&lt;user-id&gt;); an ARN must name this instance and
     * the region called (a replicated instance's users answer in both regions).
     */
    public static UserRecord user(OperationContext context, InstanceRecord instance, String field, String idOrArn) {
        String id = childId(context, instance, field, idOrArn, "agent", "User");
        UserRecord user = instance.people().users().get(id);
        if (user == null) {
            throw ConnectError.resourceNotFound("User not found: " + shorten(idOrArn));
        }
        return user;
    }

    /** A security profile or routing profile of an instance by id or ARN, from {@code profiles}. */
    public static ProfileRecord profile(OperationContext context, InstanceRecord instance, String field,
                                        String idOrArn, String arnType, Map<String, ProfileRecord> profiles) {
        String what = arnType.equals("security-profile") ? "Security profile" : "Routing profile";
        ProfileRecord profile = profiles.get(childId(context, instance, field, idOrArn, arnType, what));
        if (profile == null) {
            throw ConnectError.resourceNotFound(what + " not found in instance " + instance.id() + ": "
                    + shorten(idOrArn));
        }
        return profile;
    }

    private static String childId(OperationContext context, InstanceRecord instance, String field, String idOrArn,
                                  String arnType, String what) {
        if (Arn.looksLikeArn(idOrArn)) {
            Arn arn = validArn(field, idOrArn);
            if (!arn.accountId().equals(context.accountId()) || !arn.region().equals(context.region())
                    || !arn.resource().equals("instance/" + instance.id() + "/" + arnType + "/" + arn.resourceId())) {
                throw ConnectError.resourceNotFound(what + " not found: " + shorten(idOrArn));
            }
            return arn.resourceId();
        }
        if (!Ids.isUuid(idOrArn)) {
            throw neitherIdNorArn(field, idOrArn);
        }
        return idOrArn;
    }

    /** A reference as error messages quote it: cut after 160 characters, so a huge input is not echoed. */
    public static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }
}
