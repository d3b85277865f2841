package org.putright.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored letter in the forms a channel needs: an accessible HTML email, plain text, and a PDF (large print when that
 * is the resident's agreed format). {@code needs} are formats staff must produce by hand before it is posted
 * (coloured paper, Braille, audio, a translation...).
 */
public record RenderedLetter(UUID letterId, UUID complaintId, String reference, LetterType type, int stage, Instant createdAt,
        Recipient recipient, String subject, String html, String text, byte[] pdf, List<String> needs) {

    public RenderedLetter {
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    public RenderedLetter(UUID letterId, UUID complaintId, String reference, LetterType type, int stage, Instant createdAt,
            Recipient recipient, String subject, String html, String text, byte[] pdf) {
        this(letterId, complaintId, reference, type, stage, createdAt, recipient, subject, html, text, pdf, List.of());
    }
}
