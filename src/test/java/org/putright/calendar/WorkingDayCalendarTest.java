package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar weekdaysOnly = WorkingDayCalendar.weekdaysOnly();
    private final WorkingDayCalendar englandAndWales = BankHolidays.shipped().calendarFor(Division.ENGLAND_AND_WALES);
    private final WorkingDayCalendar scotland = BankHolidays.shipped().calendarFor(Division.SCOTLAND);

    @Test
    void saturdaysAndSundaysAreNeverWorkingDays() {
        LocalDate saturday = LocalDate.of(2025, 6, 14);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(weekdaysOnly.isWorkingDay(saturday)).isFalse();
        assertThat(weekdaysOnly.isWorkingDay(saturday.plusDays(1))).isFalse();
        assertThat(weekdaysOnly.isWorkingDay(saturday.plusDays(2))).isTrue();
        assertThat(weekdaysOnly.isWorkingDay(saturday.minusDays(1))).isTrue();
    }

    @Test
    void bankHolidaysAreNotWorkingDaysButTheDaysAroundThemAre() {
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2025, 12, 29))).isTrue();
    }

    @Test
    void complaintReceivedOnSaturdayWithFiveWorkingDaysIsDueTheFollowingFriday() {
        LocalDate saturday = LocalDate.of(2025, 6, 14);
        assertThat(weekdaysOnly.addWorkingDays(saturday, 5)).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(weekdaysOnly.addWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(weekdaysOnly.addWorkingDays(saturday.plusDays(1), 5)).isEqualTo(LocalDate.of(2025, 6, 20));
    }

    @Test
    void oneWorkingDayAfterAFridayIsTheMonday() {
        assertThat(weekdaysOnly.addWorkingDays(LocalDate.of(2025, 6, 13), 1)).isEqualTo(LocalDate.of(2025, 6, 16));
    }

    @Test
    void zeroWorkingDaysIsDayZeroItselfEvenAtAWeekendOrOnAHoliday() {
        LocalDate sunday = LocalDate.of(2025, 6, 15);
        assertThat(weekdaysOnly.addWorkingDays(sunday, 0)).isEqualTo(sunday);
        LocalDate christmas = LocalDate.of(2025, 12, 25);
        assertThat(englandAndWales.addWorkingDays(christmas, 0)).isEqualTo(christmas);
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> weekdaysOnly.addWorkingDays(LocalDate.of(2025, 6, 13), -1))
                .withMessageContaining("-1");
    }

    @Test
    void complaintReceivedFridayBeforeChristmas2024CountsPastChristmasBoxingDayAndNewYear() {
        // Day 0 Fri 20 Dec 2024. Mon 23 (1), Tue 24 (2), Wed 25 and Thu 26 holidays, Fri 27 (3),
        // weekend, Mon 30 (4), Tue 31 (5), Wed 1 Jan holiday, Thu 2 Jan (6), Fri 3 (7), Mon 6 (8), Tue 7 (9), Wed 8 (10).
        LocalDate received = LocalDate.of(2024, 12, 20);
        assertThat(englandAndWales.addWorkingDays(received, 5)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(englandAndWales.addWorkingDays(received, 6)).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(englandAndWales.addWorkingDays(received, 10)).isEqualTo(LocalDate.of(2025, 1, 8));
        // Scotland also closes on 2 January.
        assertThat(scotland.addWorkingDays(received, 6)).isEqualTo(LocalDate.of(2025, 1, 3));
        assertThat(scotland.addWorkingDays(received, 10)).isEqualTo(LocalDate.of(2025, 1, 9));
    }

    @Test
    void twentyWorkingDaysAcrossEasterSkipGoodFridayAndEasterMondayInEnglandButOnlyGoodFridayInScotland() {
        // Easter 2025: Good Friday 18 April, Easter Monday 21 April.
        LocalDate received = LocalDate.of(2025, 4, 10); // Thursday
        assertThat(weekdaysOnly.addWorkingDays(received, 20)).isEqualTo(LocalDate.of(2025, 5, 8));
        // Early May bank holiday 5 May 2025 as well: three holidays in England and Wales, two in Scotland.
        assertThat(englandAndWales.addWorkingDays(received, 20)).isEqualTo(LocalDate.of(2025, 5, 13));
        assertThat(scotland.addWorkingDays(received, 20)).isEqualTo(LocalDate.of(2025, 5, 12));
    }

    @Test
    void workingDaysBetweenCountsDaysAfterFromUpToAndIncludingTo() {
        LocalDate monday = LocalDate.of(2025, 6, 16);
        assertThat(weekdaysOnly.workingDaysBetween(monday, monday)).isZero();
        assertThat(weekdaysOnly.workingDaysBetween(monday, monday.plusDays(1))).isEqualTo(1);
        assertThat(weekdaysOnly.workingDaysBetween(monday, monday.plusDays(7))).isEqualTo(5);
        assertThat(weekdaysOnly.workingDaysBetween(monday.minusDays(2), monday)).isEqualTo(1); // Sat -> Mon
        assertThat(weekdaysOnly.workingDaysBetween(monday.minusDays(3), monday.minusDays(1))).isZero(); // Fri -> Sun
        assertThat(englandAndWales.workingDaysBetween(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 2)))
                .isEqualTo(6);
    }

    @Test
    void workingDaysBetweenIsNegativeWhenToIsBeforeFrom() {
        LocalDate from = LocalDate.of(2025, 1, 2);
        LocalDate to = LocalDate.of(2024, 12, 20);
        assertThat(englandAndWales.workingDaysBetween(from, to)).isEqualTo(-6);
    }

    @Test
    void extraNonWorkingDaysMakeANewCalendarAndLeaveTheOriginalAlone() {
        LocalDate trainingDay = LocalDate.of(2025, 6, 18); // Wednesday
        LocalDate saturday = LocalDate.of(2025, 6, 21);
        WorkingDayCalendar withTraining = englandAndWales.withExtraNonWorkingDays(List.of(trainingDay, saturday));

        assertThat(withTraining.isWorkingDay(trainingDay)).isFalse();
        assertThat(englandAndWales.isWorkingDay(trainingDay)).isTrue();
        assertThat(withTraining.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
        LocalDate monday = LocalDate.of(2025, 6, 16);
        assertThat(englandAndWales.addWorkingDays(monday, 5)).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(withTraining.addWorkingDays(monday, 5)).isEqualTo(LocalDate.of(2025, 6, 24));
        assertThat(withTraining.workingDaysBetween(monday, LocalDate.of(2025, 6, 24))).isEqualTo(5);
        assertThat(withTraining.nonWorkingDays()).contains(trainingDay, saturday);
    }

    @Test
    void duplicateAndWeekendNonWorkingDatesDoNotChangeTheCount() {
        LocalDate wednesday = LocalDate.of(2025, 6, 18);
        WorkingDayCalendar once = new WorkingDayCalendar(List.of(wednesday));
        WorkingDayCalendar twiceAndWeekend = new WorkingDayCalendar(
                List.of(wednesday, wednesday, LocalDate.of(2025, 6, 21), LocalDate.of(2025, 6, 22)));
        LocalDate monday = LocalDate.of(2025, 6, 16);
        assertThat(twiceAndWeekend.addWorkingDays(monday, 7)).isEqualTo(once.addWorkingDays(monday, 7))
                .isEqualTo(LocalDate.of(2025, 6, 26));
        assertThat(twiceAndWeekend.workingDaysBetween(monday, monday.plusDays(14))).isEqualTo(9);
    }

    @Test
    void longSpansAreCountedExactly() {
        // 2018-01-01 (Monday) to 2028-01-01 (Saturday) has 3652 days = 521 weeks + 5 days -> 2605 + 4 weekdays
        // after the Monday (Tue..Fri of the last partial week), and the Monday itself is excluded (from < d).
        LocalDate start = LocalDate.of(2018, 1, 1);
        LocalDate end = LocalDate.of(2028, 1, 1);
        assertThat(weekdaysOnly.workingDaysBetween(start, end)).isEqualTo(2609);
        int bankHolidayWeekdays = BankHolidays.shipped().holidays(Division.ENGLAND_AND_WALES).size();
        // 2018-01-01 is itself a bank holiday and is not in (start, end].
        assertThat(englandAndWales.workingDaysBetween(start, end)).isEqualTo(2609 - (bankHolidayWeekdays - 1));
        assertThat(englandAndWales.addWorkingDays(start, englandAndWales.workingDaysBetween(start, end)))
                .isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void worksFarOutsideTheDataYearsIncludingBeforeTheEpoch() {
        LocalDate friday = LocalDate.of(1969, 12, 26);
        assertThat(englandAndWales.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(1969, 12, 29));
        assertThat(englandAndWales.workingDaysBetween(LocalDate.of(1960, 1, 1), LocalDate.of(1960, 1, 8)))
                .isEqualTo(5);
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2100, 1, 1), 260))
                .isEqualTo(LocalDate.of(2100, 12, 31));
    }
}
