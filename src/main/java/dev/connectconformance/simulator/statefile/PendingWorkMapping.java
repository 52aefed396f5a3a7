package dev.connectconformance.simulator.statefile;

import dev.connectconformance.simulator.state.PendingEffect;

/**
 * The explicit mapping between the domain's pending work ({@link PendingEffect}) and the state file's
 * ({@link PendingWorkDocument}), both ways, kind by kind. A new kind of effect fails here until it has a document
 * and a name in the format; renaming an effect changes nothing a file holds.
 */
final class PendingWorkMapping {

    private PendingWorkMapping() {
    }

    static PendingWorkDocument toDocument(PendingEffect effect) {
        if (effect instanceof PendingEffect.ClaimSettles e) {
            return new PendingWorkDocument.ClaimSettles(e.due(), e.resourceId(), e.failure());
        }
        if (effect instanceof PendingEffect.MoveSettles e) {
            return new PendingWorkDocument.MoveSettles(e.due(), e.resourceId(), e.fallbackTargetArn(), e.failure());
        }
        if (effect instanceof PendingEffect.MetadataSettles e) {
            return new PendingWorkDocument.MetadataSettles(e.due(), e.resourceId());
        }
        if (effect instanceof PendingEffect.ReleaseSettles e) {
            return new PendingWorkDocument.ReleaseSettles(e.due(), e.resourceId(), e.availableAgain());
        }
        if (effect instanceof PendingEffect.FailedClaimExpires e) {
            return new PendingWorkDocument.FailedClaimExpires(e.due(), e.resourceId());
        }
        if (effect instanceof PendingEffect.InstanceBecomesActive e) {
            return new PendingWorkDocument.InstanceBecomesActive(e.due(), e.resourceId());
        }
        if (effect instanceof PendingEffect.ReplicationSettles e) {
            return new PendingWorkDocument.ReplicationSettles(e.due(), e.resourceId(), e.defaultGroupId());
        }
        if (effect instanceof PendingEffect.GroupCreationSettles e) {
            return new PendingWorkDocument.GroupCreationSettles(e.due(), e.resourceId(), e.fails());
        }
        if (effect instanceof PendingEffect.GroupUpdateSettles e) {
            return new PendingWorkDocument.GroupUpdateSettles(e.due(), e.resourceId());
        }
        if (effect instanceof PendingEffect.GroupDeletionSettles e) {
            return new PendingWorkDocument.GroupDeletionSettles(e.due(), e.resourceId(), e.fails());
        }
        throw new IllegalStateException("no state-file document for pending work " + effect);
    }

    static PendingEffect toEffect(PendingWorkDocument document) {
        if (document instanceof PendingWorkDocument.ClaimSettles d) {
            return new PendingEffect.ClaimSettles(d.due(), d.resourceId(), d.failure());
        }
        if (document instanceof PendingWorkDocument.MoveSettles d) {
            return new PendingEffect.MoveSettles(d.due(), d.resourceId(), d.fallbackTargetArn(), d.failure());
        }
        if (document instanceof PendingWorkDocument.MetadataSettles d) {
            return new PendingEffect.MetadataSettles(d.due(), d.resourceId());
        }
        if (document instanceof PendingWorkDocument.ReleaseSettles d) {
            return new PendingEffect.ReleaseSettles(d.due(), d.resourceId(), d.availableAgain());
        }
        if (document instanceof PendingWorkDocument.FailedClaimExpires d) {
            return new PendingEffect.FailedClaimExpires(d.due(), d.resourceId());
        }
        if (document instanceof PendingWorkDocument.InstanceBecomesActive d) {
            return new PendingEffect.InstanceBecomesActive(d.due(), d.resourceId());
        }
        if (document instanceof PendingWorkDocument.ReplicationSettles d) {
            return new PendingEffect.ReplicationSettles(d.due(), d.resourceId(), d.defaultGroupId());
        }
        if (document instanceof PendingWorkDocument.GroupCreationSettles d) {
            return new PendingEffect.GroupCreationSettles(d.due(), d.resourceId(), d.fails());
        }
        if (document instanceof PendingWorkDocument.GroupUpdateSettles d) {
            return new PendingEffect.GroupUpdateSettles(d.due(), d.resourceId());
        }
        if (document instanceof PendingWorkDocument.GroupDeletionSettles d) {
            return new PendingEffect.GroupDeletionSettles(d.due(), d.resourceId(), d.fails());
        }
        throw new IllegalStateException("no pending work for state-file document " + document);
    }
}
