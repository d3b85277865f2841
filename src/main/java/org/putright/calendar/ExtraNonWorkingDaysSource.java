package org.putright.calendar;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Supplies non-working days beyond the bank holidays, e.g. a landlord's office closure days. Declare any number of
 * beans of this type; the calendar reads them when it is built and again on {@code CalendarService.refresh()}.
 * Weekend dates are accepted and have no effect.
 */
public interface ExtraNonWorkingDaysSource {

    Collection<LocalDate> extraNonWorkingDays();
}
