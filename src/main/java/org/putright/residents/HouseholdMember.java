package org.putright.residents;

import java.time.LocalDate;

/** Someone living in the home, as the housing system or the resident told us. */
public record HouseholdMember(String name, String relationship, LocalDate dateOfBirth) {
}
