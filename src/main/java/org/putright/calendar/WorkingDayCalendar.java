package org.putright.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable working-day calendar: every Monday to Friday is a working day except the given non-working dates
 * (bank holidays and any extra landlord closure days); Saturdays and Sundays never are.
 *
 * <p>Counting is arithmetic, not a walk over the days: weekdays are counted from a Monday-aligned day number,
 * and the weekday non-working dates are kept as a sorted array of epoch days searched by bisection, so
 * {@link #addWorkingDays} and {@link #workingDaysBetween} are O(log h) in the number of non-working dates
 * whatever the span.
 */
public final class WorkingDayCalendar {

    /** 1970-01-05, the first Monday on or after the epoch. */
    private static final long MONDAY_EPOCH_DAY = 4;

    private final SortedSet<LocalDate> nonWorkingDays;
    /** Epoch days of the non-working dates that fall Monday to Friday, ascending, no duplicates. */
    private final long[] weekdayHolidays;
    /** {@code weekdayOrdinal} of each entry of {@link #weekdayHolidays}. */
    private final long[] weekdayHolidayOrdinals;

    /** A calendar in which the given dates (and every Saturday and Sunday) are not working days. */
    public WorkingDayCalendar(Collection<LocalDate> nonWorkingDays) {
        Objects.requireNonNull(nonWorkingDays, "nonWorkingDays");
        TreeSet<LocalDate> sorted = new TreeSet<>();
        for (LocalDate date : nonWorkingDays) {
            sorted.add(Objects.requireNonNull(date, "non-working date"));
        }
        this.nonWorkingDays = Collections.unmodifiableSortedSet(sorted);
        this.weekdayHolidays = sorted.stream()
                .filter(WorkingDayCalendar::isWeekday)
                .mapToLong(LocalDate::toEpochDay)
                .toArray();
        this.weekdayHolidayOrdinals = Arrays.stream(weekdayHolidays)
                .map(WorkingDayCalendar::weekdayOrdinal)
                .toArray();
    }

    /** A calendar with no holidays at all: Monday to Friday are working days. */
    public static WorkingDayCalendar weekdaysOnly() {
        return new WorkingDayCalendar(List.of());
    }

    /** A new calendar with these extra non-working days added to this one's. */
    public WorkingDayCalendar withExtraNonWorkingDays(Collection<LocalDate> extra) {
        Objects.requireNonNull(extra, "extra");
        List<LocalDate> all = new ArrayList<>(nonWorkingDays);
        all.addAll(extra);
        return new WorkingDayCalendar(all);
    }

    /** Every non-working date this calendar was built from (weekend dates included if they were given). */
    public SortedSet<LocalDate> nonWorkingDays() {
        return nonWorkingDays;
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return isWeekday(date) && Arrays.binarySearch(weekdayHolidays, date.toEpochDay()) < 0;
    }

    /**
     * The {@code n}th working day after {@code dayZero}, which counts as day 0 whatever day of the week it is:
     * received on a Saturday with {@code n = 5} is the following Friday when there are no holidays; received on
     * a Friday with {@code n = 1} is the Monday. {@code n = 0} returns {@code dayZero} itself.
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate dayZero, int n) {
        Objects.requireNonNull(dayZero, "dayZero");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0 but was " + n);
        }
        if (n == 0) {
            return dayZero;
        }
        long startOrdinal = weekdayOrdinal(dayZero.toEpochDay());
        // Holidays at indexes >= first fall after dayZero. If the answer skips exactly (j - first) of them, it is
        // weekday number startOrdinal + n + (j - first), and that must come before holiday j. Because the holidays
        // are distinct weekdays, "holiday j comes after that candidate" is false then true as j grows: bisect for
        // the first j where it holds.
        int first = countHolidaysOnOrBefore(dayZero.toEpochDay());
        int lo = first;
        int hi = weekdayHolidays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long candidate = startOrdinal + n + (mid - first);
            if (weekdayHolidayOrdinals[mid] > candidate) {
                hi = mid;
            }
            else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofEpochDay(epochDayOfWeekdayOrdinal(startOrdinal + n + (lo - first)));
    }

    /**
     * The number of working days {@code d} with {@code from < d <= to}, or the negative of
     * {@code workingDaysBetween(to, from)} when {@code to} is before {@code from}; 0 when they are equal.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return Math.toIntExact(workingDayOrdinal(to.toEpochDay()) - workingDayOrdinal(from.toEpochDay()));
    }

    /** Working days on or before the day, counted from an arbitrary origin (only differences mean anything). */
    private long workingDayOrdinal(long epochDay) {
        return weekdayOrdinal(epochDay) - countHolidaysOnOrBefore(epochDay);
    }

    /** How many weekday holidays fall on or before the day: the insertion point after it. */
    private int countHolidaysOnOrBefore(long epochDay) {
        int index = Arrays.binarySearch(weekdayHolidays, epochDay);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /**
     * Weekdays from the Monday 1970-01-05 up to and including the day (negative before it): 1 for that Monday,
     * 5 for that Friday and also for the Saturday and Sunday after it, 6 for the next Monday.
     */
    static long weekdayOrdinal(long epochDay) {
        long x = epochDay - MONDAY_EPOCH_DAY;
        long week = Math.floorDiv(x, 7);
        long dayOfWeek = Math.floorMod(x, 7); // 0 = Monday ... 6 = Sunday
        return week * 5 + Math.min(dayOfWeek + 1, 5);
    }

    /** The weekday whose {@link #weekdayOrdinal} is {@code ordinal}. */
    static long epochDayOfWeekdayOrdinal(long ordinal) {
        long week = Math.floorDiv(ordinal - 1, 5);
        long dayOfWeek = Math.floorMod(ordinal - 1, 5);
        return MONDAY_EPOCH_DAY + week * 7 + dayOfWeek;
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + weekdayHolidays.length + " weekday non-working dates"
                + (nonWorkingDays.isEmpty() ? "" : ", " + nonWorkingDays.first() + ".." + nonWorkingDays.last()) + "]";
    }
}
