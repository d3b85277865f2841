package org.putright.correspondence;

import java.time.Instant;

/**
 * The wording of one letter type a landlord may edit: opening and closing paragraphs and the job title that signs it.
 * Version 0 is the wording PutRight ships; each edit is a new version ({@code createdAt}/{@code createdBy} null for 0).
 */
public record LetterWording(LetterType type, int version, String opening, String closing, String signOff, Instant createdAt,
        String createdBy) {
}
