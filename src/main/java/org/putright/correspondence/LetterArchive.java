package org.putright.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The letters a complaint has had, for pages outside this module (the resident's own view of their complaint). */
public interface LetterArchive {

    record SentLetter(UUID id, LetterType type, int stage, Instant createdAt, String subject) {
    }

    /** Oldest first. */
    List<SentLetter> lettersFor(UUID complaintId);

    /** The letter as sent, as a PDF (large print when asked); empty when there is no such letter on that complaint. */
    Optional<byte[]> pdf(UUID complaintId, UUID letterId, boolean largePrint);
}
