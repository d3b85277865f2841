package org.putright.residents;

import java.time.LocalDate;
import java.util.UUID;

/** A contact restriction was lifted at a review (5.14): the resident is told it no longer applies. */
public record ContactRestrictionLifted(UUID restrictionId, UUID residentId, LocalDate liftedOn, String reason) {
}
