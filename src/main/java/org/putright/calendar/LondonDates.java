package org.putright.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar dates as they are in the UK: Europe/London, GMT in winter and BST in summer. */
public final class LondonDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private LondonDates() {
    }

    /** The Europe/London calendar date of an instant (23:30 UTC on 30 June is 1 July, BST). */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }

    /** Today's date in London according to the clock. */
    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }
}
