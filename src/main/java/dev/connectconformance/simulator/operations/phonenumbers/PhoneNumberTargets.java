package dev.connectconformance.simulator.operations.phonenumbers;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.state.AccountState;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.InstanceRecord;
import dev.connectconformance.simulator.state.PhoneNumberRecord;
import dev.connectconformance.simulator.state.TrafficDistributionGroupRecord;

/**
 * Resolves the InstanceId / TargetArn pair that Claim, Update, Search and ListPhoneNumbersV2 take. Changes
 * (claim, update) must be made in the target's home region to an ACTIVE target (PN-03, PN-04, PN-09, TDG-01);
 * look-ups (search, list) accept a traffic distribution group from both its regions (PN-11).
 */
final class PhoneNumberTargets {

    /** A resolved target: its ARN (home region), the instance behind it, its home region, and its kind. */
    record Target(String arn, String instanceId, String homeRegion, boolean isGroup) {
    }

    private PhoneNumberTargets() {
    }

    /** The target of a claim or update: exactly one of the two fields, in its home region, ACTIVE. */
    static Target forChange(OperationContext context, String instanceId, String targetArn) {
        requireExactlyOne(instanceId, targetArn);
        if (instanceId != null) {
            return homeInstance(context, Resources.instance(context, instanceId));
        }
        Arn arn = ownTargetArn(context, targetArn);
        if (!arn.region().equals(context.region())) {
            throw ConnectError.invalidParameter("TargetArn " + targetArn + " was created in region " + arn.region()
                    + " but the request was sent to region " + context.region()
                    + "; call this operation in " + arn.region());
        }
        if (arn.resourceType().equals("instance")) {
            return homeInstance(context, Resources.instance(context, targetArn));
        }
        TrafficDistributionGroupRecord group = Resources.trafficDistributionGroup(context, targetArn);
        if (!group.isActive()) {
            throw ConnectError.resourceNotFound("Traffic distribution group " + group.id() + " is " + group.status()
                    + "; phone numbers can only be claimed or assigned to an ACTIVE traffic distribution group");
        }
        return groupTarget(context, group);
    }

    /** The target of a search or listing: an instance where it is visible, a group from either region. */
    static Target forLookup(OperationContext context, String instanceId, String targetArn) {
        requireExactlyOne(instanceId, targetArn);
        if (instanceId != null) {
            return instanceTarget(context, Resources.instance(context, instanceId));
        }
        Arn arn = ownTargetArn(context, targetArn);
        if (arn.resourceType().equals("instance")) {
            return instanceTarget(context, Resources.instance(context, targetArn));
        }
        return groupTarget(context, Resources.trafficDistributionGroup(context, targetArn));
    }

    /** The instance a number's target belongs to (the group's instance for a traffic distribution group). */
    static String instanceIdOf(AccountState account, String targetArn) {
        Arn arn = Arn.parse(targetArn).orElse(null);
        if (arn == null) {
            return null;
        }
        if (arn.resourceType().equals("instance")) {
            return arn.resourceId();
        }
        return Resources.groupOfTarget(account, arn).map(TrafficDistributionGroupRecord::instanceId).orElse(null);
    }

    /** True when the number is claimed to the instance itself or to one of its traffic distribution groups. */
    static boolean belongsTo(AccountState account, PhoneNumberRecord number, InstanceRecord instance) {
        return instance.id().equals(instanceIdOf(account, number.targetArn()));
    }

    private static void requireExactlyOne(String instanceId, String targetArn) {
        if (instanceId == null && targetArn == null) {
            throw ConnectError.invalidParameter("Either InstanceId or TargetArn must be provided");
        }
        if (instanceId != null && targetArn != null) {
            throw ConnectError.invalidParameter("Provide either InstanceId or TargetArn, not both");
        }
    }

    /** Parses a TargetArn; another account's resource is simply not found (TDG-08). */
    private static Arn ownTargetArn(OperationContext context, String targetArn) {
        Arn arn = Arn.parse(targetArn).filter(a -> a.resourceType().equals("instance")
                        || a.resourceType().equals("traffic-distribution-group"))
                .orElseThrow(() -> ConnectError.invalidParameter("TargetArn '" + Resources.shorten(targetArn)
                        + "' is not the ARN of an instance or a traffic distribution group"));
        if (!arn.accountId().equals(context.accountId())) {
            throw ConnectError.resourceNotFound("Target not found: " + targetArn);
        }
        return arn;
    }

    private static Target homeInstance(OperationContext context, InstanceRecord instance) {
        if (!instance.sourceRegion().equals(context.region())) {
            throw ConnectError.invalidParameter("Instance " + instance.id() + " was created in region "
                    + instance.sourceRegion() + "; phone numbers can be claimed or assigned to it only there, not in "
                    + context.region());
        }
        return instanceTarget(context, instance);
    }

    private static Target instanceTarget(OperationContext context, InstanceRecord instance) {
        return new Target(instance.arnIn(instance.sourceRegion(), context.accountId()), instance.id(),
                instance.sourceRegion(), false);
    }

    private static Target groupTarget(OperationContext context, TrafficDistributionGroupRecord group) {
        return new Target(group.arn(context.accountId()), group.instanceId(), group.homeRegion(), true);
    }
}
