package org.putright.calendar;

import java.time.LocalDate;

/**
 * The calendar module's API: working-day arithmetic for the landlord's division, with bank holidays and the
 * landlord's extra non-working days. Saturdays and Sundays are never working days.
 */
public interface WorkingDays {

    /**
     * The {@code n}th working day after {@code dayZero}. {@code dayZero} is day 0 whatever day it is, so a
     * complaint received on a Saturday with {@code n = 5} is due the following Friday (no holidays), and one
     * received on a Friday with {@code n = 1} is due on Monday. {@code n = 0} returns {@code dayZero}.
     * @throws IllegalArgumentException if {@code n} is negative
     */
    LocalDate addWorkingDays(LocalDate dayZero, int n);

    /**
     * The number of working days {@code d} with {@code from < d <= to}; the negative of the reverse count when
     * {@code to} is before {@code from}. {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    boolean isWorkingDay(LocalDate date);

    /** Today's date in Europe/London according to the application's {@link java.time.Clock}. */
    LocalDate today();

    /** The calendar currently in use (an immutable snapshot). */
    WorkingDayCalendar current();
}
