package dev.connectconformance.simulator.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One piece of asynchronous work, as data: what settles, on which resource, when. Being data (not a closure) it
 * can be written to a state file and read back (as statefile's documents, through an explicit mapping), so a
 * restarted simulator finishes what it had started. Each effect finds its resource by id when it falls due and
 * does nothing when the resource is gone by then (ids are never reused, so a new record cannot inherit the work of
 * an old one).
 */
public sealed interface PendingEffect {

    /** When the work completes, on the simulator clock. */
    Instant due();

    /** The id of the resource the work changes (a phone number, an instance or a traffic distribution group). */
    String resourceId();

    /** Applies the work to the account; called under the account's lock. */
    void applyTo(AccountState account);

    /** Kinds of resource an effect can be bound to, for validation of a loaded document. */
    enum Resource { PHONE_NUMBER, INSTANCE, TRAFFIC_DISTRIBUTION_GROUP }

    Resource resource();

    /** A claim settles: CLAIMED, or FAILED with {@code failure} (a claim over the quota or the churn cap). */
    record ClaimSettles(Instant due, String resourceId, String failure) implements PendingEffect {
        public ClaimSettles {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public void applyTo(AccountState account) {
            account.phoneNumber(resourceId).ifPresent(number -> {
                if (failure == null) {
                    number.markClaimed();
                } else {
                    number.markFailed(failure);
                    account.schedule(new FailedClaimExpires(due.plus(FailedClaimExpires.RETRY_WINDOW), resourceId));
                }
            });
        }

        @Override
        public Resource resource() {
            return Resource.PHONE_NUMBER;
        }
    }

    /**
     * A move settles: CLAIMED on the new target, or (no room there) back on {@code fallbackTargetArn}, FAILED with
     * {@code failure}.
     */
    record MoveSettles(Instant due, String resourceId, String fallbackTargetArn, String failure)
            implements PendingEffect {
        public MoveSettles {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public void applyTo(AccountState account) {
            account.phoneNumber(resourceId).ifPresent(number -> {
                if (failure == null) {
                    number.markClaimed();
                } else {
                    account.moveTarget(number, fallbackTargetArn);
                    number.markFailed(failure);
                }
            });
        }

        @Override
        public Resource resource() {
            return Resource.PHONE_NUMBER;
        }
    }

    /** A metadata update settles: the number goes back to the status it had before. */
    record MetadataSettles(Instant due, String resourceId) implements PendingEffect {
        public MetadataSettles {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public void applyTo(AccountState account) {
            account.phoneNumber(resourceId).ifPresent(PhoneNumberRecord::settle);
        }

        @Override
        public Resource resource() {
            return Resource.PHONE_NUMBER;
        }
    }

    /** A release settles: the number leaves the account; a claimed one cools down until {@code availableAgain}. */
    record ReleaseSettles(Instant due, String resourceId, Instant availableAgain) implements PendingEffect {
        public ReleaseSettles {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(availableAgain, "availableAgain");
        }

        @Override
        public void applyTo(AccountState account) {
            account.phoneNumber(resourceId).ifPresent(number -> account.releasePhoneNumber(number, availableAgain));
        }

        @Override
        public Resource resource() {
            return Resource.PHONE_NUMBER;
        }
    }

    /**
     * A failed claim can be retried for a day (PN-15); then its record goes and the number returns to the
     * inventory. Only a record that never got a quota slot (a claim that failed) is removed: a failed move leaves
     * the number claimed on its previous target, which stays. A retry moves the hold to a new record, so this
     * finds the old id gone and does nothing.
     */
    record FailedClaimExpires(Instant due, String resourceId) implements PendingEffect {
        public static final Duration RETRY_WINDOW = Duration.ofDays(1);

        public FailedClaimExpires {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public void applyTo(AccountState account) {
            account.phoneNumber(resourceId).filter(number -> number.slotTarget() == null)
                    .ifPresent(number -> account.releasePhoneNumber(number, due));
        }

        @Override
        public Resource resource() {
            return Resource.PHONE_NUMBER;
        }
    }

    /** Instance creation settles: ACTIVE. */
    record InstanceBecomesActive(Instant due, String resourceId) implements PendingEffect {
        public InstanceBecomesActive {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public void applyTo(AccountState account) {
            InstanceRecord instance = account.instances().get(resourceId);
            if (instance != null) {
                instance.markActive();
            }
        }

        @Override
        public Resource resource() {
            return Resource.INSTANCE;
        }
    }

    /**
     * Replication settles: the replica and its default group become ACTIVE. Bound to the replica through its
     * default group, which goes with it: a replica deleted meanwhile (and perhaps replaced) does not complete.
     */
    record ReplicationSettles(Instant due, String resourceId, String defaultGroupId) implements PendingEffect {
        public ReplicationSettles {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public void applyTo(AccountState account) {
            InstanceRecord instance = account.instances().get(resourceId);
            TrafficDistributionGroupRecord group = account.trafficDistributionGroups().get(defaultGroupId);
            if (instance == null || group == null || instance.replica().isEmpty()) {
                return;
            }
            instance.replica().get().markComplete();
            group.markActive();
        }

        @Override
        public Resource resource() {
            return Resource.INSTANCE;
        }
    }

    /** Group creation settles: ACTIVE, or CREATION_FAILED when a failure was armed at the call. */
    record GroupCreationSettles(Instant due, String resourceId, boolean fails) implements PendingEffect {
        public GroupCreationSettles {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public void applyTo(AccountState account) {
            TrafficDistributionGroupRecord group = account.trafficDistributionGroups().get(resourceId);
            if (group == null) {
                return;
            }
            if (fails) {
                group.markCreationFailed();
            } else {
                group.markActive();
            }
        }

        @Override
        public Resource resource() {
            return Resource.TRAFFIC_DISTRIBUTION_GROUP;
        }
    }

    /** A distribution update settles: ACTIVE again. */
    record GroupUpdateSettles(Instant due, String resourceId) implements PendingEffect {
        public GroupUpdateSettles {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public void applyTo(AccountState account) {
            TrafficDistributionGroupRecord group = account.trafficDistributionGroups().get(resourceId);
            if (group != null) {
                group.finishUpdate();
            }
        }

        @Override
        public Resource resource() {
            return Resource.TRAFFIC_DISTRIBUTION_GROUP;
        }
    }

    /** Group deletion settles: the group is gone, or DELETION_FAILED when a failure was armed at the call. */
    record GroupDeletionSettles(Instant due, String resourceId, boolean fails) implements PendingEffect {
        public GroupDeletionSettles {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public void applyTo(AccountState account) {
            TrafficDistributionGroupRecord group = account.trafficDistributionGroups().get(resourceId);
            if (group == null) {
                return;
            }
            if (fails) {
                group.markDeletionFailed();
            } else {
                account.trafficDistributionGroups().remove(resourceId);
            }
        }

        @Override
        public Resource resource() {
            return Resource.TRAFFIC_DISTRIBUTION_GROUP;
        }
    }
}
