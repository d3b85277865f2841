package org.putright.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contact restriction was put in place (5.14): correspondence writes to the resident to tell them what it is, why,
 * and when it will be reviewed. {@code kinds} are the restriction kinds as stored (for example WRITTEN_CONTACT_ONLY,
 * SINGLE_POINT_OF_CONTACT).
 */
public record ContactRestrictionImposed(UUID restrictionId, UUID residentId, List<String> kinds, String detail, LocalDate reviewOn) {
}
