package org.putright.residents;

import java.util.UUID;

/**
 * Someone contacted us for a resident without the resident's consent (1.3): the complaint is logged as normal and we ask
 * the resident whether they consent. Published in the complaint's transaction; correspondence writes to the resident.
 */
public record ConsentRequested(UUID representativeId, UUID residentId, UUID complaintId) {
}
