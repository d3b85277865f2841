package org.putright.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A landlord's extra non-working day was added ({@code nonWorking} true) or withdrawn ({@code nonWorking} false).
 * Published in the transaction that records the change, after the working-day calendar has been rebuilt, so a
 * listener that recomputes deadlines already sees the new calendar through {@link WorkingDays}.
 */
public record NonWorkingDaysChanged(LocalDate date, boolean nonWorking) {

    public NonWorkingDaysChanged {
        Objects.requireNonNull(date, "date");
    }
}
