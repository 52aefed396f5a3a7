package dev.connectconformance.simulator.statefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.Objects;

/**
 * One piece of asynchronous work as the state file writes it (docs/state-format.md, "Pending work"): an
 * {@code effect} naming the kind, {@code due}, {@code resourceId} and the kind's own fields. The type names below
 * are the format: formatVersion 1 files carry them, so they never change with the domain's classes
 * ({@link dev.connectconformance.simulator.state.PendingEffect}); {@link PendingWorkMapping} converts both ways.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "effect")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PendingWorkDocument.ClaimSettles.class, name = "ClaimSettles"),
        @JsonSubTypes.Type(value = PendingWorkDocument.MoveSettles.class, name = "MoveSettles"),
        @JsonSubTypes.Type(value = PendingWorkDocument.MetadataSettles.class, name = "MetadataSettles"),
        @JsonSubTypes.Type(value = PendingWorkDocument.ReleaseSettles.class, name = "ReleaseSettles"),
        @JsonSubTypes.Type(value = PendingWorkDocument.FailedClaimExpires.class, name = "FailedClaimExpires"),
        @JsonSubTypes.Type(value = PendingWorkDocument.InstanceBecomesActive.class, name = "InstanceBecomesActive"),
        @JsonSubTypes.Type(value = PendingWorkDocument.ReplicationSettles.class, name = "ReplicationSettles"),
        @JsonSubTypes.Type(value = PendingWorkDocument.GroupCreationSettles.class, name = "GroupCreationSettles"),
        @JsonSubTypes.Type(value = PendingWorkDocument.GroupUpdateSettles.class, name = "GroupUpdateSettles"),
        @JsonSubTypes.Type(value = PendingWorkDocument.GroupDeletionSettles.class, name = "GroupDeletionSettles")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface PendingWorkDocument {

    /** When the work completes, on the simulator clock. */
    Instant due();

    /** The id of the resource the work changes (a phone number, an instance or a traffic distribution group). */
    String resourceId();

    /** A claim settles: CLAIMED, or FAILED with {@code failure}. */
    record ClaimSettles(Instant due, String resourceId, String failure) implements PendingWorkDocument {
        public ClaimSettles {
            Objects.requireNonNull(due, "due");
        }
    }

    /** A move settles: CLAIMED on the new target, or back on {@code fallbackTargetArn}, FAILED with {@code failure}. */
    record MoveSettles(Instant due, String resourceId, String fallbackTargetArn, String failure)
            implements PendingWorkDocument {
        public MoveSettles {
            Objects.requireNonNull(due, "due");
        }
    }

    /** A metadata update settles: the number goes back to the status it had before. */
    record MetadataSettles(Instant due, String resourceId) implements PendingWorkDocument {
        public MetadataSettles {
            Objects.requireNonNull(due, "due");
        }
    }

    /** A release settles: the number leaves the account; a claimed one cools down until {@code availableAgain}. */
    record ReleaseSettles(Instant due, String resourceId, Instant availableAgain) implements PendingWorkDocument {
        public ReleaseSettles {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(availableAgain, "availableAgain");
        }
    }

    /** A failed claim was not retried within a day: the number returns to the inventory. */
    record FailedClaimExpires(Instant due, String resourceId) implements PendingWorkDocument {
        public FailedClaimExpires {
            Objects.requireNonNull(due, "due");
        }
    }

    /** Instance creation settles: ACTIVE. */
    record InstanceBecomesActive(Instant due, String resourceId) implements PendingWorkDocument {
        public InstanceBecomesActive {
            Objects.requireNonNull(due, "due");
        }
    }

    /** Replication settles: the replica and its default group ({@code defaultGroupId}) become ACTIVE. */
    record ReplicationSettles(Instant due, String resourceId, String defaultGroupId) implements PendingWorkDocument {
        public ReplicationSettles {
            Objects.requireNonNull(due, "due");
        }
    }

    /** Group creation settles: ACTIVE, or CREATION_FAILED when {@code fails}. */
    record GroupCreationSettles(Instant due, String resourceId, boolean fails) implements PendingWorkDocument {
        public GroupCreationSettles {
            Objects.requireNonNull(due, "due");
        }
    }

    /** A distribution update settles: ACTIVE again. */
    record GroupUpdateSettles(Instant due, String resourceId) implements PendingWorkDocument {
        public GroupUpdateSettles {
            Objects.requireNonNull(due, "due");
        }
    }

    /** Group deletion settles: the group is gone, or DELETION_FAILED when {@code fails}. */
    record GroupDeletionSettles(Instant due, String resourceId, boolean fails) implements PendingWorkDocument {
        public GroupDeletionSettles {
            Objects.requireNonNull(due, "due");
        }
    }
}
