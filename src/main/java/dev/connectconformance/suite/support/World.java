package dev.connectconformance.suite.support;

import dev.connectconformance.suite.target.AwsResources;
import dev.connectconformance.suite.target.ScenarioAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.AvailableNumberSummary;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;
import software.amazon.awssdk.services.connect.model.CreateTrafficDistributionGroupResponse;
import software.amazon.awssdk.services.connect.model.DirectoryType;
import software.amazon.awssdk.services.connect.model.InvalidParameterException;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.ResourceInUseException;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroup;
import software.amazon.awssdk.services.connect.model.TrafficDistributionGroupSummary;

/**
 * How Givens get their world. On the simulator they build it through the public API in the scenario's own
 * account. On a real account a read-only scenario looks up what the resources file names, and a mutating one
 * creates what it needs and registers how to undo it.
 */
public final class World {

    private final ScenarioContext context;

    public World(ScenarioContext context) {
        this.context = context;
    }

    // --- instances

    /** The replicated instance ("main"): made and replicated on the simulator, the configured one on aws. */
    public String replicatedInstance() {
        Optional<String> known = context.instance("main");
        if (known.isPresent()) {
            return known.get();
        }
        String id = context.target().configuredResources().map(AwsResources::instanceId)
                .orElseGet(() -> replicate(context.source(), activeInstance(context.sourceRegion(), "main"),
                        context.replica()));
        context.instance("main", id);
        return id;
    }

    /** Creates an ACTIVE instance with a unique alias in a region (simulator Givens only). */
    public String activeInstance(String region, String name) {
        String id = createInstance(context.in(region), Optional.of(alias("i")));
        awaitInstanceActive(context.in(region), id);
        context.instance(name, id);
        return id;
    }

    /** With an alias a SAML instance (only those can be replicated, RI-03); without, a directory one. */
    public String createInstance(ConnectClient client, Optional<String> alias) {
        return alias.map(a -> createInstance(client, DirectoryType.SAML, a))
                .orElseGet(() -> client.createInstance(b -> b.inboundCallsEnabled(true).outboundCallsEnabled(true)
                        .identityManagementType(DirectoryType.EXISTING_DIRECTORY).directoryId("d-1234567890")).id());
    }

    public String createInstance(ConnectClient client, DirectoryType type, String alias) {
        return client.createInstance(b -> b.inboundCallsEnabled(true).outboundCallsEnabled(true)
                .identityManagementType(type).instanceAlias(alias)
                .directoryId(type == DirectoryType.EXISTING_DIRECTORY ? "d-1234567890" : null)).id();
    }

    public void awaitInstanceActive(ConnectClient client, String instanceId) {
        context.poller().until("instance " + instanceId + " becoming ACTIVE",
                () -> client.describeInstance(b -> b.instanceId(instanceId)).instance().instanceStatusAsString(),
                "ACTIVE"::equals);
    }

    /** Replicates an ACTIVE instance and waits until the replica is ACTIVE (seen with the replica region's client). */
    public String replicate(ConnectClient sourceClient, String instanceId, ConnectClient replicaClient) {
        String replicaRegion = replicaClient.serviceClientConfiguration().region().id();
        sourceClient.replicateInstance(b -> b.instanceId(instanceId).replicaRegion(replicaRegion)
                .replicaAlias(alias("r")));
        awaitInstanceActive(replicaClient, instanceId);
        return instanceId;
    }

    public String instanceArn(String instanceId, String region) {
        return context.in(region).describeInstance(b -> b.instanceId(instanceId)).instance().arn();
    }

    public static String alias(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    // --- traffic distribution groups

    /** An ACTIVE group called {@code name} on the replicated instance. */
    public GroupRef activeGroup(String name) {
        if (context.usesConfiguredResources()) {
            String arn = context.target().configuredResources().orElseThrow().trafficDistributionGroupArn();
            GroupRef group = new GroupRef(name, idOf(arn), arn);
            context.group(group);
            return group;
        }
        GroupRef group = createGroup(name, replicatedInstance());
        awaitGroupStatus(group, "ACTIVE");
        return group;
    }

    /** Creates a group and returns at once (it is CREATION_IN_PROGRESS for a while). */
    public GroupRef createGroup(String name, String instanceId) {
        CreateTrafficDistributionGroupResponse created = context.source().createTrafficDistributionGroup(b -> b
                .name(alias(name.replaceAll("[^A-Za-z0-9_-]", "-"))).instanceId(instanceId)
                .description("conformance suite: " + name));
        GroupRef group = new GroupRef(name, created.id(), created.arn());
        registerGroupDeletion(group);
        context.group(group);
        return group;
    }

    /** On a real account: delete the group afterwards, once its numbers are gone. */
    public void registerGroupDeletion(GroupRef group) {
        context.undo().add("delete traffic distribution group " + group.name(), () -> context.poller().until(
                "deleting traffic distribution group " + group.name(), () -> {
                    try {
                        TrafficDistributionGroup seen = describeGroup(context.source(), group.arn());
                        if (!seen.statusAsString().endsWith("IN_PROGRESS") && !"PENDING_DELETION".equals(seen.statusAsString())) {
                            context.source().deleteTrafficDistributionGroup(b -> b.trafficDistributionGroupId(group.arn()));
                        }
                        return false;
                    } catch (ResourceNotFoundException gone) {
                        return true;
                    } catch (ResourceInUseException stillHoldsNumbers) {
                        return false;
                    }
                }, done -> done));
    }

    /** The default group replication made for the replicated instance. */
    public GroupRef defaultGroup() {
        String instanceId = replicatedInstance();
        List<TrafficDistributionGroupSummary> all = new ArrayList<>();
        context.source().listTrafficDistributionGroupsPaginator(b -> b.instanceId(instanceId))
                .trafficDistributionGroupSummaryList().forEach(all::add);
        TrafficDistributionGroupSummary found = all.stream().filter(g -> Boolean.TRUE.equals(g.isDefault()))
                .findFirst().orElseThrow(() -> new AssertionError(
                        "the replicated instance has no default traffic distribution group; groups: " + all));
        GroupRef group = new GroupRef("default", found.id(), found.arn());
        context.group(group);
        return group;
    }

    public TrafficDistributionGroup describeGroup(ConnectClient client, String idOrArn) {
        return client.describeTrafficDistributionGroup(b -> b.trafficDistributionGroupId(idOrArn))
                .trafficDistributionGroup();
    }

    /** Waits until the group is in no transitional state and checks it is in {@code status}. */
    public TrafficDistributionGroup awaitGroupStatus(GroupRef group, String status) {
        TrafficDistributionGroup settled = awaitGroupSettled(group);
        if (!status.equals(settled.statusAsString())) {
            throw new AssertionError("traffic distribution group " + group.name() + " ended " + settled.statusAsString()
                    + ", expected " + status);
        }
        return settled;
    }

    public TrafficDistributionGroup awaitGroupSettled(GroupRef group) {
        return context.poller().until("traffic distribution group " + group.name() + " settling",
                () -> describeGroup(context.source(), group.arn()),
                g -> !g.statusAsString().endsWith("IN_PROGRESS") && !"PENDING_DELETION".equals(g.statusAsString()));
    }

    /** A group of another account: made up on the simulator, named by the resources file on aws. */
    public GroupRef otherAccountGroup(String name) {
        if (context.target().configuredResources().isPresent()) {
            String arn = context.target().configuredResources().get().otherAccountGroupArn()
                    .orElseThrow(() -> new TestAbortedException(
                            "skipped on aws: set other.tdg.arn in the resources file to check another account's group"));
            GroupRef group = new GroupRef(name, idOf(arn), arn);
            context.group(group);
            return group;
        }
        ScenarioAccount other = context.newOtherAccount();
        ConnectClient otherSource = other.in(context.sourceRegion());
        String instanceId = createInstance(otherSource, Optional.of(alias("other")));
        awaitInstanceActive(otherSource, instanceId);
        replicate(otherSource, instanceId, other.in(context.replicaRegion()));
        CreateTrafficDistributionGroupResponse created = otherSource.createTrafficDistributionGroup(b -> b
                .name(alias(name)).instanceId(instanceId).description("secret-" + name));
        context.poller().until("the other account's group becoming ACTIVE",
                () -> describeGroup(otherSource, created.arn()).statusAsString(), "ACTIVE"::equals);
        GroupRef group = new GroupRef(name, created.id(), created.arn());
        context.group(group);
        return group;
    }

    // --- phone numbers

    /** A CLAIMED number on the replicated instance (on aws read-only: the next one the instance lists). */
    public NumberRef numberOnInstance(String name) {
        String instanceId = replicatedInstance();
        if (context.usesConfiguredResources()) {
            return discoveredNumber(name, instanceArn(instanceId, context.sourceRegion()), "the instance");
        }
        return claimAndSettle(name, instanceArn(instanceId, context.sourceRegion()));
    }

    /** A CLAIMED number on a group (on aws read-only: the next one the group lists). */
    public NumberRef numberOnGroup(String name, GroupRef group) {
        if (context.usesConfiguredResources()) {
            return discoveredNumber(name, group.arn(), "the traffic distribution group");
        }
        return claimAndSettle(name, group.arn());
    }

    /** The next CLAIMED number ListPhoneNumbersV2 shows on the target that this scenario has not named yet. */
    private NumberRef discoveredNumber(String name, String targetArn, String what) {
        List<String> named = context.numbers().stream().map(NumberRef::arn).toList();
        for (ListPhoneNumbersSummary listed : listNumbers(context.source(), targetArn, null)) {
            if (named.contains(listed.phoneNumberArn())) {
                continue;
            }
            ClaimedPhoneNumberSummary summary = describeNumber(context.source(), listed.phoneNumberArn());
            if ("CLAIMED".equals(summary.phoneNumberStatus().statusAsString())) {
                NumberRef number = new NumberRef(name, summary.phoneNumberId(), summary.phoneNumberArn(),
                        summary.phoneNumber());
                context.number(number);
                return number;
            }
        }
        throw new TestAbortedException("skipped on aws: " + what + " has too few CLAIMED numbers for this scenario");
    }

    public NumberRef claimAndSettle(String name, String targetArn) {
        NumberRef number = claim(name, targetArn, context.source(), Optional.empty());
        ClaimedPhoneNumberSummary settled = awaitNumberSettled(number);
        if (!"CLAIMED".equals(settled.phoneNumberStatus().statusAsString())) {
            throw new AssertionError("claiming number " + name + " ended " + settled.phoneNumberStatus());
        }
        return number;
    }

    /**
     * Claims one of the numbers on offer for the target. Scenarios run side by side and see the same offer, so
     * a number another scenario just took is skipped for the next one.
     */
    public NumberRef claim(String name, String targetArn, ConnectClient client, Optional<String> token) {
        InvalidParameterException lastTaken = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            String phoneNumber = availableNumber(client, targetArn);
            try {
                ClaimPhoneNumberResponse claimed = client.claimPhoneNumber(b -> b.targetArn(targetArn)
                        .phoneNumber(phoneNumber).phoneNumberDescription("conformance suite: " + name)
                        .clientToken(token.orElse(null)));
                NumberRef number = new NumberRef(name, claimed.phoneNumberId(), claimed.phoneNumberArn(), phoneNumber);
                registerRelease(number);
                context.number(number);
                return number;
            } catch (InvalidParameterException taken) {
                lastTaken = taken;
            }
        }
        throw new AssertionError("could not claim any number on offer for " + targetArn, lastTaken);
    }

    public String availableNumber(ConnectClient client, String targetArn) {
        List<AvailableNumberSummary> offer = client.searchAvailablePhoneNumbers(b -> b.targetArn(targetArn)
                .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID)
                .maxResults(10)).availableNumbersList();
        if (offer.isEmpty()) {
            throw new AssertionError("no US DID numbers on offer for " + targetArn);
        }
        return offer.get(ThreadLocalRandom.current().nextInt(offer.size())).phoneNumber();
    }

    /** On a real account: release the number afterwards, once its last change has finished. */
    public void registerRelease(NumberRef number) {
        context.undo().add("release number " + number.name(), () -> {
            try {
                awaitNumberSettled(number);
                context.source().releasePhoneNumber(b -> b.phoneNumberId(number.arn()));
            } catch (ResourceNotFoundException alreadyGone) {
                // released by the scenario itself
            }
        });
    }

    /** Every number ListPhoneNumbersV2 shows in a region: on one target, or (targetArn null) all of them. */
    public List<ListPhoneNumbersSummary> listNumbers(ConnectClient client, String targetArn, Integer pageSize) {
        List<ListPhoneNumbersSummary> all = new ArrayList<>();
        client.listPhoneNumbersV2Paginator(b -> b.targetArn(targetArn).maxResults(pageSize))
                .listPhoneNumbersSummaryList().forEach(all::add);
        return all;
    }

    public ClaimedPhoneNumberSummary describeNumber(ConnectClient client, String idOrArn) {
        return client.describePhoneNumber(b -> b.phoneNumberId(idOrArn)).claimedPhoneNumberSummary();
    }

    public ClaimedPhoneNumberSummary awaitNumberSettled(NumberRef number) {
        return context.poller().until("number " + number.name() + " finishing its last change",
                () -> describeNumber(context.source(), number.arn()),
                n -> !"IN_PROGRESS".equals(n.phoneNumberStatus().statusAsString()));
    }

    public static String idOf(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
