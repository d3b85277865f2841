package org.putright.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A resident as the landlord knows them now. {@code mergedInto} is set when this record was found to be a duplicate
 * and merged into another; {@code anonymisedOn} when the retention policy removed the personal data.
 */
public record ResidentRecord(UUID id, String tenancyReference, String propertyReference, String name, PostalAddress address,
        String email, String phone, PreferredContact preferredContact, List<HouseholdMember> household, String source,
        UUID mergedInto, LocalDate anonymisedOn) {

    public enum PreferredContact {
        EMAIL, PHONE, SMS, POST
    }
}
