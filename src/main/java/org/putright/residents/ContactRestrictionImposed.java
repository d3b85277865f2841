package org.putright.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contact restriction was approved and recorded (2024 Code 5.14), or changed at a review: the resident must be told
 * what it is, why, from when and when it will be reviewed. Published in the transaction that records it.
 */
public record ContactRestrictionImposed(UUID restrictionId, UUID residentId, List<RestrictionKind> kinds, String detail,
        LocalDate reviewOn, LocalDate startsOn, boolean varied) {
}
