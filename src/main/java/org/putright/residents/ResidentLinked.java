package org.putright.residents;

import java.util.UUID;

/**
 * A complaint was linked to a resident at intake: matched by tenancy reference or email, or a new resident record made
 * from what the complaint gave. Published in the complaint's transaction, so listeners (representatives, consent) see
 * the link before anything else happens to the complaint.
 */
public record ResidentLinked(UUID residentId, UUID complaintId, String reference, MatchedBy matchedBy) {

    public enum MatchedBy {
        TENANCY_REFERENCE, EMAIL, NEW_RESIDENT, STAFF
    }
}
