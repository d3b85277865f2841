package org.putright.correspondence.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One piece of correspondence as staff and the API see it, filed under the complaint it belongs to now. */
public record CorrespondenceItem(UUID id, UUID complaintId, Direction direction, Party party, Medium channel, String from, String to,
        String subject, String body, Instant occurredAt, Instant recordedAt, String recordedBy, Triage triage, boolean rawKept,
        String messageId, UUID letterId, String parseError, List<Attachment> attachments, List<Assignment> assignments) {

    public enum Direction {
        IN, OUT
    }

    public enum Party {
        RESIDENT, REPRESENTATIVE, CONTRACTOR, COUNCILLOR, MP, OTHER
    }

    public enum Medium {
        EMAIL, PHONE, LETTER, IN_PERSON, SMS
    }

    /** How it came to be filed: found by reference, waiting for triage, logged by staff, or one of our letters. */
    public enum Triage {
        MATCHED, UNMATCHED, LOGGED, LETTER
    }

    public record Attachment(UUID id, String filename, String contentType, long sizeBytes, String sha256, boolean stored,
            String rejectionReason) {
    }

    public record Assignment(UUID complaintId, Instant assignedAt, String assignedBy) {
    }

    /** Still in the intake queue: came in unmatched and nobody has assigned it yet. */
    public boolean awaitingTriage() {
        return triage == Triage.UNMATCHED && assignments.isEmpty();
    }
}
