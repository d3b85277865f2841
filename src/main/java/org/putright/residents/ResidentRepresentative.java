package org.putright.residents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone acting for a resident (3.6) and the resident's consent to it: its status, how and when it was given, what
 * it covers (one complaint or all of them), when it expires, and who our letters go to while it stands.
 */
public record ResidentRepresentative(UUID id, UUID residentId, String name, Relationship relationship, String organisation,
        String email, String phone, String postalAddress, ConsentStatus consentStatus, ConsentHow consentHow,
        LocalDate consentGivenOn, Scope scope, UUID complaintId, LocalDate expiresOn, CorrespondenceTo correspondenceTo,
        LocalDate withdrawnOn, String consentNote, Instant recordedAt, String recordedBy) {

    public enum Relationship {
        FAMILY, FRIEND, ADVOCATE, SOLICITOR, MP, COUNCILLOR, OTHER
    }

    public enum ConsentStatus {
        GIVEN, REQUESTED, REFUSED, WITHDRAWN
    }

    public enum ConsentHow {
        IN_WRITING, BY_EMAIL, BY_PHONE, IN_PERSON, ONLINE_FORM, POWER_OF_ATTORNEY, COURT_APPOINTED_DEPUTY
    }

    public enum Scope {
        ONE_COMPLAINT, ALL_COMPLAINTS
    }

    /** Who receives our letters while consent stands. */
    public enum CorrespondenceTo {
        REPRESENTATIVE, REPRESENTATIVE_AND_RESIDENT, RESIDENT
    }

    /**
     * 3.6: the representative may act on this complaint on this date — consent given on or before it, covering this
     * complaint, not expired and not withdrawn.
     */
    public boolean actsFor(UUID complaint, LocalDate on) {
        return consentStatus == ConsentStatus.GIVEN && withdrawnOn == null && consentGivenOn != null && !consentGivenOn.isAfter(on)
                && (expiresOn == null || !expiresOn.isBefore(on))
                && (scope == Scope.ALL_COMPLAINTS || (complaintId != null && complaintId.equals(complaint)));
    }
}
