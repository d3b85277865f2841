package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the arithmetic calendar against a naive day-by-day reference over many random dates (seeded, so a
 * failure reproduces) across 2018 to 2027 and a little either side.
 */
class WorkingDayCalendarPropertyTest {

    private static final LocalDate FIRST = LocalDate.of(2017, 10, 1);
    private static final LocalDate LAST = LocalDate.of(2028, 3, 31);
    private static final int SAMPLES = 20_000;

    static Stream<Arguments> calendars() {
        BankHolidays shipped = BankHolidays.shipped();
        List<Arguments> calendars = new ArrayList<>();
        for (Division division : Division.values()) {
            calendars.add(Arguments.of(division.key(), shipped.datesFor(division)));
        }
        // England and Wales plus a landlord's own closures: runs of adjacent days, weekend dates, days next to
        // bank holidays, and a whole closed fortnight.
        List<LocalDate> extra = new ArrayList<>(shipped.datesFor(Division.ENGLAND_AND_WALES));
        Random random = new Random(7);
        for (int i = 0; i < 150; i++) {
            extra.add(randomDate(random));
        }
        for (int year = 2018; year <= 2027; year++) {
            extra.add(LocalDate.of(year, 12, 24));
            extra.add(LocalDate.of(year, 12, 31));
        }
        for (LocalDate d = LocalDate.of(2024, 8, 1); d.isBefore(LocalDate.of(2024, 8, 15)); d = d.plusDays(1)) {
            extra.add(d);
        }
        calendars.add(Arguments.of("england-and-wales plus landlord closures", extra));
        calendars.add(Arguments.of("weekends only", List.of()));
        return calendars.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void addWorkingDaysMatchesCountingDayByDay(String name, java.util.Collection<LocalDate> nonWorking) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(nonWorking);
        NaiveCalendar naive = new NaiveCalendar(Set.copyOf(nonWorking));
        Random random = new Random(20240101L + name.hashCode());
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate dayZero = randomDate(random);
            int n = random.nextInt(10) == 0 ? random.nextInt(600) : random.nextInt(30);
            LocalDate expected = naive.addWorkingDays(dayZero, n);
            assertThat(calendar.addWorkingDays(dayZero, n))
                    .as("%s: addWorkingDays(%s, %d)", name, dayZero, n)
                    .isEqualTo(expected);
            assertThat(calendar.workingDaysBetween(dayZero, expected))
                    .as("%s: workingDaysBetween(%s, addWorkingDays(%s, %d))", name, dayZero, dayZero, n)
                    .isEqualTo(n);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void workingDaysBetweenAndIsWorkingDayMatchCountingDayByDay(String name,
            java.util.Collection<LocalDate> nonWorking) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(nonWorking);
        NaiveCalendar naive = new NaiveCalendar(Set.copyOf(nonWorking));
        Random random = new Random(99L + name.hashCode());
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate from = randomDate(random);
            LocalDate to = random.nextBoolean() ? randomDate(random) : from.plusDays(random.nextInt(41) - 20);
            assertThat(calendar.workingDaysBetween(from, to))
                    .as("%s: workingDaysBetween(%s, %s)", name, from, to)
                    .isEqualTo(naive.workingDaysBetween(from, to));
            assertThat(calendar.isWorkingDay(from)).as("%s: isWorkingDay(%s)", name, from)
                    .isEqualTo(naive.isWorkingDay(from));
        }
    }

    private static LocalDate randomDate(Random random) {
        long span = LAST.toEpochDay() - FIRST.toEpochDay();
        return LocalDate.ofEpochDay(FIRST.toEpochDay() + (long) (random.nextDouble() * (span + 1)));
    }

    /** The obvious, slow way: walk one day at a time. */
    private record NaiveCalendar(Set<LocalDate> nonWorking) {

        boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !nonWorking.contains(date);
        }

        LocalDate addWorkingDays(LocalDate dayZero, int n) {
            LocalDate date = dayZero;
            int counted = 0;
            while (counted < n) {
                date = date.plusDays(1);
                if (isWorkingDay(date)) {
                    counted++;
                }
            }
            return date;
        }

        int workingDaysBetween(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                return -workingDaysBetween(to, from);
            }
            int count = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    count++;
                }
            }
            return count;
        }
    }
}
