package org.putright.residents;

import java.util.List;

/**
 * What the housing management system (or a member of staff) says about a resident. A {@code null} field means "not
 * given": an upsert leaves what we hold, so a housing system that does not know an email address never wipes the one the
 * resident gave us at intake. {@code household}, when given, replaces the household.
 */
record ResidentDetails(String name, String propertyReference, PostalAddress address, String email, String phone,
        String preferredContact, List<HouseholdMember> household) {
}
