package org.putright.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The letters a complaint has had, for pages outside this module (the resident's own view of their complaint). */
public interface LetterArchive {

    record SentLetter(UUID id, LetterType type, int stage, Instant createdAt, String subject) {
    }

    /** A letter as it was issued, in full: to whom, in which format, what it said, and what happened to it. */
    record IssuedLetter(UUID id, LetterType type, int stage, Instant createdAt, String subject, Recipient recipient,
            String recipientRole, boolean largePrint, List<String> needs, String text, List<Delivery> deliveries) {
    }

    record Delivery(String channel, DeliveryStatus status, String detail, Instant at) {
    }

    /** The words of a letter as issued, for checks over many complaints (what a letter told the resident). */
    record LetterText(UUID complaintId, LetterType type, int stage, Instant createdAt, String text) {
    }

    /** The letters of these types on these complaints, each complaint's oldest first; one query for the lot. */
    List<LetterText> texts(java.util.Collection<UUID> complaintIds, java.util.Collection<LetterType> types);

    /** Oldest first. */
    List<SentLetter> lettersFor(UUID complaintId);

    /** Every letter on the complaint in full, oldest first (for a subject access export). */
    List<IssuedLetter> issuedFor(UUID complaintId);

    /** The letter as sent, as a PDF (large print when asked); empty when there is no such letter on that complaint. */
    Optional<byte[]> pdf(UUID complaintId, UUID letterId, boolean largePrint);
}
