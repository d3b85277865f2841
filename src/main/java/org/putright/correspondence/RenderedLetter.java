package org.putright.correspondence;

import java.time.Instant;
import java.util.UUID;

/** A stored letter in the forms a channel needs: an accessible HTML email, plain text, and a PDF. */
public record RenderedLetter(UUID letterId, UUID complaintId, String reference, LetterType type, int stage, Instant createdAt,
        Recipient recipient, String subject, String html, String text, byte[] pdf) {
}
