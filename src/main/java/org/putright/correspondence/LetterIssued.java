package org.putright.correspondence;

import java.util.UUID;

/** Published when a letter has been produced and stored; channels react to it and send it. */
public record LetterIssued(UUID letterId, UUID complaintId, String reference, LetterType type, int stage) {
}
